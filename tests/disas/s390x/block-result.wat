;; A block result carried by a branch.
(module (func (export "f") (param i32) (result i32) block (result i32) i32.const 7 local.get 0 br_if 0 drop i32.const 9 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 27 instructions, 136 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002c4065           clgrjl %r14, %r1, 0x78
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0026: br_if 0 (;@1;)
;;      44: ec78000a007e           cije %r7, 0, 0x58
;;      4a: a7190007               lghi %r1, 7
;;      4e: e310bfd0ff50           sty %r1, -0x30(%r11)
;;      54: a7f40007               j 0x62
;;   @002b: end
;;      58: a7190009               lghi %r1, 9
;;      5c: e310bfd0ff50           sty %r1, -0x30(%r11)
;;   @002c: end
;;      62: e320bfd0ff16           llgf %r2, -0x30(%r11)
;;      68: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      74: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      76: 0000                   .insn e,0
;;      78: a7fbff60               aghi %r15, -0xa0
;;      7c: e3b0f0000024           stg %r11, 0(%r15)
;;      82: c0f4fffffffa           jg 0x76
