;; A comparison materialised as a value (setcc + movzx).
(module (func (export "f") (param i64 i64) (result i32) local.get 0 local.get 1 i64.lt_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 26 instructions, 130 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100294065           clgrjl %r14, %r1, 0x72
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: b9040085               lgr %r8, %r5
;;   @0026: end
;;      4e: b9200078               cgr %r7, %r8
;;      52: a7290000               lghi %r2, 0
;;      56: ec2400010046           locghil %r2, 1
;;      5c: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      62: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      68: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6e: 07fe                   br %r14
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i32)
;;      70: 0000                   .insn e,0
;;      72: a7fbff60               aghi %r15, -0xa0
;;      76: e3b0f0000024           stg %r11, 0(%r15)
;;      7c: c0f4fffffffa           jg 0x70
