;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 35 instructions, 172 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1003e4065           clgrjl %r14, %r1, 0x9c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0027: memory.grow
;;      4a: b9040027               lgr %r2, %r7
;;      4e: b9160022               llgfr %r2, %r2
;;      52: b9040032               lgr %r3, %r2
;;      56: b904002d               lgr %r2, %r13
;;      5a: a7490000               lghi %r4, 0
;;      5e: b9160044               llgfr %r4, %r4
;;      62: e3a0d0380004           lg %r10, 0x38(%r13)
;;      68: e3a0a0000004           lg %r10, 0(%r10)
;;      6e: 0dea                   basr %r14, %r10
;;      70: e3d0bff8ff04           lg %r13, -8(%r11)
;;      76: e3c0d0500004           lg %r12, 0x50(%r13)
;;   @0029: memory.size
;;      7c: e3a0d0580004           lg %r10, 0x58(%r13)
;;      82: eb3a0010000c           srlg %r3, %r10, 0x10
;;   @002b: i32.add
;;      88: b9f83022               ark %r2, %r2, %r3
;;   @002c: end
;;      8c: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      92: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      98: 07fe                   br %r14
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      9a: 0000                   .insn e,0
;;      9c: a7fbff60               aghi %r15, -0xa0
;;      a0: e3b0f0000024           stg %r11, 0(%r15)
;;      a6: c0f4fffffffa           jg 0x9a
