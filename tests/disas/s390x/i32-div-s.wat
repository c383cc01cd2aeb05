;; i32.div_s: traps on zero and on INT_MIN / -1, out of line.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 35 instructions, 166 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1003b4065           clgrjl %r14, %r1, 0x96
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: b9040085               lgr %r8, %r5
;;   @0025: i32.div_s
;;      4e: b9040028               lgr %r2, %r8
;;      52: b9040037               lgr %r3, %r7
;;      56: ec28001e007e           cije %r2, 0, 0x92
;;      5c: ec270008ff7e           cij %r2, -1, 7, 0x6c
;;      62: c23d80000000           cfi %r3, -0x80000000
;;      68: a7840016               je 0x94
;;      6c: b9140013               lgfr %r1, %r3
;;      70: b91d0002               dsgfr %r0, %r2
;;      74: b9040031               lgr %r3, %r1
;;   @0026: end
;;      78: b9040023               lgr %r2, %r3
;;      7c: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      82: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      88: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      8e: 07fe                   br %r14
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      90: 0000                   .insn e,0
;;   @0025: i32.div_s
;;      92: 0000                   .insn e,0
;;      94: 0000                   .insn e,0
;;      96: a7fbff60               aghi %r15, -0xa0
;;      9a: e3b0f0000024           stg %r11, 0(%r15)
;;      a0: c0f4fffffff8           jg 0x90
