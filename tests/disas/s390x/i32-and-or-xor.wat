;; Bitwise operators.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 0 local.get 1 i32.and local.get 2 i32.or local.get 0 i32.xor))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 29 instructions, 144 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff00           agfi %r14, -0x100
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100304065           clgrjl %r14, %r1, 0x80
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
;;   @0026: i32.and
;;      58: b9f48027               nrk %r2, %r7, %r8
;;   @0029: i32.or
;;      5c: b9f69022               ork %r2, %r2, %r9
;;   @002c: i32.xor
;;      60: b9f77022               xrk %r2, %r2, %r7
;;   @002d: end
;;      64: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6a: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      70: e390bfd8ff04           lg %r9, -0x28(%r11)
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      7e: 0000                   .insn e,0
;;      80: a7fbff60               aghi %r15, -0xa0
;;      84: e3b0f0000024           stg %r11, 0(%r15)
;;      8a: c0f4fffffffa           jg 0x7e
