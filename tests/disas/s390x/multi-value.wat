;; Multiple results.
(module (func (export "f") (param i32 i64) (result i64 i32) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 27 instructions, 138 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002d4065           clgrjl %r14, %r1, 0x7a
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: b9040085               lgr %r8, %r5
;;      4e: e360bff0ff24           stg %r6, -0x10(%r11)
;;   @0026: end
;;      54: e3a0bff0ff04           lg %r10, -0x10(%r11)
;;      5a: e370a0000050           sty %r7, 0(%r10)
;;      60: b9040028               lgr %r2, %r8
;;      64: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6a: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @0021: (func (;0;) (type 0) (param i32 i64) (result i64 i32)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
