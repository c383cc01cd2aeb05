;; A store with a static offset.
(module (memory 1) (func (export "f") (param i32 i64) local.get 0 local.get 1 i64.store offset=16))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 28 instructions, 140 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002e4065           clgrjl %r14, %r1, 0x7c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      4c: b9040074               lgr %r7, %r4
;;      50: b9040085               lgr %r8, %r5
;;   @0029: i64.store offset=16
;;      54: b9040028               lgr %r2, %r8
;;      58: b9160037               llgfr %r3, %r7
;;      5c: b9e8c033               agrk %r3, %r3, %r12
;;      60: e3203010002f           strvg %r2, 0x10(%r3)
;;   @002c: end
;;      66: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6c: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      72: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      78: 07fe                   br %r14
;;   @0024: (func (;0;) (type 0) (param i32 i64)
;;      7a: 0000                   .insn e,0
;;      7c: a7fbff60               aghi %r15, -0xa0
;;      80: e3b0f0000024           stg %r11, 0(%r15)
;;      86: c0f4fffffffa           jg 0x7a
