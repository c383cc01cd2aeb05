;; ref.is_null.
(module (func (export "f") (param externref) (result i32) local.get 0 ref.is_null))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 22 instructions, 110 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001f4065           clgrjl %r14, %r1, 0x5e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e340bfe8ff24           stg %r4, -0x18(%r11)
;;   @0022: ref.is_null
;;      40: e320bfe8ff04           lg %r2, -0x18(%r11)
;;   @0023: end
;;      46: a72f0000               cghi %r2, 0
;;      4a: a7290000               lghi %r2, 0
;;      4e: ec2800010046           locghie %r2, 1
;;      54: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5a: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param externref) (result i32)
;;      5c: 0000                   .insn e,0
;;      5e: a7fbff60               aghi %r15, -0xa0
;;      62: e3b0f0000024           stg %r11, 0(%r15)
;;      68: c0f4fffffffa           jg 0x5c
