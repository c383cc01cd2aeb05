;; Relaxed 8-bit dot products.
(module
  (func (export "dot") (param v128 v128) (result v128) (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128) (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (dot): kindling, s390x-unknown-linux-gnu: 25 instructions, 132 bytes
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
;;   @0039: i16x8.relaxed_dot_i8x16_i7x16_s
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e7e1000008a6           vmeb %v30, %v1, %v0
;;      58: e711000000a7           vmob %v1, %v1, %v0
;;      5e: e711e00012f3           vah %v1, %v1, %v30
;;   @003c: end
;;      64: e78100000856           vlr %v24, %v1
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
;; wasm[0]::function[1] (dot_add): kindling, s390x-unknown-linux-gnu: 32 instructions, 174 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffef0           agfi %r14, -0x110
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1003f4065           clgrjl %r14, %r1, 0x9e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;      46: e72a00000c56           vlr %v18, %v26
;;   @0045: i32x4.relaxed_dot_i8x16_i7x16_add_s
;;      4c: e70200000456           vlr %v0, %v18
;;      52: e71100000456           vlr %v1, %v17
;;      58: e72000000456           vlr %v2, %v16
;;      5e: e7e2100008a6           vmeb %v30, %v2, %v1
;;      64: e752100000a7           vmob %v5, %v2, %v1
;;      6a: e755e00012f3           vah %v5, %v5, %v30
;;      70: e7f000011845           vrepih %v31, 1
;;      76: e7e5f0001aa6           vmeh %v30, %v5, %v31
;;      7c: e755f00012a7           vmoh %v5, %v5, %v31
;;      82: e755e00022f3           vaf %v5, %v5, %v30
;;      88: e725000020f3           vaf %v2, %v5, %v0
;;   @0048: end
;;      8e: e78200000856           vlr %v24, %v2
;;      94: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      9a: 07fe                   br %r14
;;   @003e: (func (;1;) (type 1) (param v128 v128 v128) (result v128)
;;      9c: 0000                   .insn e,0
;;      9e: a7fbff60               aghi %r15, -0xa0
;;      a2: e3b0f0000024           stg %r11, 0(%r15)
;;      a8: c0f4fffffffa           jg 0x9c
