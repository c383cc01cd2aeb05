;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 60 instructions, 294 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1007b4065           clgrjl %r14, %r1, 0x116
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: b9040085               lgr %r8, %r5
;;   @002a: table.get 0
;;      4e: b9040028               lgr %r2, %r8
;;      52: e330d0500016           llgf %r3, 0x50(%r13)
;;      58: ec23005da077           clrjhe %r2, %r3, 0x112
;;      5e: 1523                   clr %r2, %r3
;;      60: ec2a00000046           locghihe %r2, 0
;;      66: e330d0480004           lg %r3, 0x48(%r13)
;;      6c: b9160022               llgfr %r2, %r2
;;      70: eb220003000d           sllg %r2, %r2, 3
;;      76: b9e82033               agrk %r3, %r3, %r2
;;      7a: eb220003000c           srlg %r2, %r2, 3
;;      80: e33030000004           lg %r3, 0(%r3)
;;      86: ec370019007c           cgij %r3, 0, 7, 0xb8
;;      8c: b9040042               lgr %r4, %r2
;;      90: b904002d               lgr %r2, %r13
;;      94: a7390000               lghi %r3, 0
;;      98: b9160033               llgfr %r3, %r3
;;      9c: b9160044               llgfr %r4, %r4
;;      a0: e3a0d0380004           lg %r10, 0x38(%r13)
;;      a6: e3a0a0480004           lg %r10, 0x48(%r10)
;;      ac: 0dea                   basr %r14, %r10
;;      ae: e3d0bff8ff04           lg %r13, -8(%r11)
;;      b4: b9040032               lgr %r3, %r2
;;      b8: c03bfffffffe           nilf %r3, 0xfffffffe
;;   @002c: table.set 0
;;      be: b9040027               lgr %r2, %r7
;;      c2: e340d0500016           llgf %r4, 0x50(%r13)
;;      c8: ec240026a077           clrjhe %r2, %r4, 0x114
;;      ce: 1524                   clr %r2, %r4
;;      d0: ec2a00000046           locghihe %r2, 0
;;      d6: e340d0480004           lg %r4, 0x48(%r13)
;;      dc: b9160022               llgfr %r2, %r2
;;      e0: eb220003000d           sllg %r2, %r2, 3
;;      e6: b9e82044               agrk %r4, %r4, %r2
;;      ea: eb220003000c           srlg %r2, %r2, 3
;;      f0: c03d00000001           oilf %r3, 1
;;      f6: e33040000024           stg %r3, 0(%r4)
;;   @002e: end
;;      fc: e370bfe8ff04           lg %r7, -0x18(%r11)
;;     102: e380bfe0ff04           lg %r8, -0x20(%r11)
;;     108: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;     10e: 07fe                   br %r14
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;     110: 0000                   .insn e,0
;;   @002a: table.get 0
;;     112: 0000                   .insn e,0
;;   @002c: table.set 0
;;     114: 0000                   .insn e,0
;;     116: a7fbff60               aghi %r15, -0xa0
;;     11a: e3b0f0000024           stg %r11, 0(%r15)
;;     120: c0f4fffffff8           jg 0x110
