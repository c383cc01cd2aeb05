;; Pairwise extended additions and the 16-bit dot product.
(module
  (func (export "add16_s") (param v128) (result v128) (i16x8.extadd_pairwise_i8x16_s (local.get 0)))
  (func (export "add32_u") (param v128) (result v128) (i32x4.extadd_pairwise_i16x8_u (local.get 0)))
  (func (export "dot") (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add16_s): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100274065           clgrjl %r14, %r1, 0x6e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0040: i16x8.extadd_pairwise_i8x16_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7f000010845           vrepib %v31, 1
;;      4c: e7e0f0000aa6           vmeb %v30, %v0, %v31
;;      52: e700f00002a7           vmob %v0, %v0, %v31
;;      58: e700e00012f3           vah %v0, %v0, %v30
;;   @0042: end
;;      5e: e78000000856           vlr %v24, %v0
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
;; wasm[0]::function[1] (add32_u): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100274065           clgrjl %r14, %r1, 0x6e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0047: i32x4.extadd_pairwise_i16x8_u
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7f000011845           vrepih %v31, 1
;;      4c: e7e0f0001aa4           vmleh %v30, %v0, %v31
;;      52: e700f00012a5           vmloh %v0, %v0, %v31
;;      58: e700e00022f3           vaf %v0, %v0, %v30
;;   @0049: end
;;      5e: e78000000856           vlr %v24, %v0
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
;; wasm[0]::function[2] (dot): kindling, s390x-unknown-linux-gnu: 25 instructions, 132 bytes
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002a4065           clgrjl %r14, %r1, 0x74
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0050: i32x4.dot_i16x8_s
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e7e1000018a6           vmeh %v30, %v1, %v0
;;      58: e711000010a7           vmoh %v1, %v1, %v0
;;      5e: e711e00022f3           vaf %v1, %v1, %v30
;;   @0053: end
;;      64: e78100000856           vlr %v24, %v1
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @004b: (func (;2;) (type 1) (param v128 v128) (result v128)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
