;;! set enable_table_access_spectre_mitigation=false
;; With table Spectre mitigation off, `table.get` is bounds-checked by a branch alone.
(module
  (table 4 externref)
  (func (export "f") (param i32) (result externref) (table.get 0 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 52 instructions, 274 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100714065           clgrjl %r14, %r1, 0x102
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0028: table.get 0
;;      44: b9040027               lgr %r2, %r7
;;      48: e330d0500016           llgf %r3, 0x50(%r13)
;;      4e: ec230059a077           clrjhe %r2, %r3, 0x100
;;      54: e330d0480004           lg %r3, 0x48(%r13)
;;      5a: b9160022               llgfr %r2, %r2
;;      5e: eb220003000d           sllg %r2, %r2, 3
;;      64: b9e82033               agrk %r3, %r3, %r2
;;      68: eb220003000c           srlg %r2, %r2, 3
;;      6e: e33030000004           lg %r3, 0(%r3)
;;      74: e330bfd0ff24           stg %r3, -0x30(%r11)
;;      7a: ec380038007c           cgije %r3, 0, 0xea
;;      80: e3a0d0200004           lg %r10, 0x20(%r13)
;;      86: e320a0000004           lg %r2, 0(%r10)
;;      8c: e3a0a0080004           lg %r10, 8(%r10)
;;      92: ec2a001d8064           cgrje %r2, %r10, 0xcc
;;      98: e33020000024           stg %r3, 0(%r2)
;;      9e: e31030000004           lg %r1, 0(%r3)
;;      a4: c21800000001           agfi %r1, 1
;;      aa: e31030000024           stg %r1, 0(%r3)
;;      b0: e3a0d0200004           lg %r10, 0x20(%r13)
;;      b6: e310a0000004           lg %r1, 0(%r10)
;;      bc: c21800000008           agfi %r1, 8
;;      c2: e310a0000024           stg %r1, 0(%r10)
;;      c8: a7f40011               j 0xea
;;      cc: b904002d               lgr %r2, %r13
;;      d0: e330bfd0ff04           lg %r3, -0x30(%r11)
;;      d6: e3a0d0380004           lg %r10, 0x38(%r13)
;;      dc: e3a0a0780004           lg %r10, 0x78(%r10)
;;      e2: 0dea                   basr %r14, %r10
;;      e4: e3d0bff8ff04           lg %r13, -8(%r11)
;;   @002a: end
;;      ea: e320bfd0ff04           lg %r2, -0x30(%r11)
;;      f0: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      f6: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      fc: 07fe                   br %r14
;;   @0025: (func (;0;) (type 0) (param i32) (result externref)
;;      fe: 0000                   .insn e,0
;;   @0028: table.get 0
;;     100: 0000                   .insn e,0
;;     102: a7fbff60               aghi %r15, -0xa0
;;     106: e3b0f0000024           stg %r11, 0(%r15)
;;     10c: c0f4fffffff9           jg 0xfe
