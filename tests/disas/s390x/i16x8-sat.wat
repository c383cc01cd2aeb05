;; Saturating lane arithmetic, signed and unsigned.
(module
  (func (export "add_s") (param v128 v128) (result v128) (i16x8.add_sat_s (local.get 0) (local.get 1)))
  (func (export "sub_u") (param v128 v128) (result v128) (i8x16.sub_sat_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add_s): kindling, s390x-unknown-linux-gnu: 29 instructions, 156 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100364065           clgrjl %r14, %r1, 0x8c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0032: i16x8.add_sat_s
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e7e1000018d7           vuphh %v30, %v1
;;      58: e7f0000018d7           vuphh %v31, %v0
;;      5e: e7eef0002ef3           vaf %v30, %v30, %v31
;;      64: e7f1000018d6           vuplhw %v31, %v1
;;      6a: e750000010d6           vuplhw %v5, %v0
;;      70: e7ff50002cf3           vaf %v31, %v31, %v5
;;      76: e71ef0002697           vpksf %v1, %v30, %v31
;;   @0035: end
;;      7c: e78100000856           vlr %v24, %v1
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
;; wasm[0]::function[1] (sub_u): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100274065           clgrjl %r14, %r1, 0x6e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @003c: i8x16.sub_sat_u
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e7e1000008fd           vmxlb %v30, %v1, %v0
;;      58: e71e000004f7           vsb %v1, %v30, %v0
;;   @003e: end
;;      5e: e78100000856           vlr %v24, %v1
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
