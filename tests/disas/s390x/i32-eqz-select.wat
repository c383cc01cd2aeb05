;; eqz feeding select.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 1 local.get 2 local.get 0 i32.eqz select))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 34 instructions, 166 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffef0           agfi %r14, -0x110
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1003b4065           clgrjl %r14, %r1, 0x96
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: e390bfd8ff24           stg %r9, -0x28(%r11)
;;      4c: b9040074               lgr %r7, %r4
;;      50: b9040085               lgr %r8, %r5
;;      54: b9040096               lgr %r9, %r6
;;   @0029: select
;;      58: a77e0000               chi %r7, 0
;;      5c: a7290000               lghi %r2, 0
;;      60: ec2800010046           locghie %r2, 1
;;      66: b9040039               lgr %r3, %r9
;;      6a: b9040048               lgr %r4, %r8
;;      6e: a72e0000               chi %r2, 0
;;      72: b9e27034               locgrne %r3, %r4
;;   @002a: end
;;      76: b9040023               lgr %r2, %r3
;;      7a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      80: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      86: e390bfd8ff04           lg %r9, -0x28(%r11)
;;      8c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      92: 07fe                   br %r14
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      94: 0000                   .insn e,0
;;      96: a7fbff60               aghi %r15, -0xa0
;;      9a: e3b0f0000024           stg %r11, 0(%r15)
;;      a0: c0f4fffffffa           jg 0x94
