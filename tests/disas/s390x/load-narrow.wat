;; Narrow sign- and zero-extending loads.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load8_s local.get 0 i32.load16_u offset=2 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 29 instructions, 142 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002f4065           clgrjl %r14, %r1, 0x7e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0027: i32.load8_s
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e32020000077           lgb %r2, 0(%r2)
;;   @002c: i32.load16_u offset=2
;;      58: b9160037               llgfr %r3, %r7
;;      5c: b9e8c033               agrk %r3, %r3, %r12
;;      60: e3303002001f           lrvh %r3, 2(%r3)
;;      66: b9850033               llghr %r3, %r3
;;   @002f: i32.add
;;      6a: b9f83022               ark %r2, %r2, %r3
;;   @0030: end
;;      6e: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      74: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7a: 07fe                   br %r14
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      7c: 0000                   .insn e,0
;;      7e: a7fbff60               aghi %r15, -0xa0
;;      82: e3b0f0000024           stg %r11, 0(%r15)
;;      88: c0f4fffffffa           jg 0x7c
