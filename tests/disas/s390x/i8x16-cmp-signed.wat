;; Signed lane comparisons: `>` directly, `<` swapped, `>=` and `!=` inverted.
(module
  (func (export "gt") (param v128 v128) (result v128) (i8x16.gt_s (local.get 0) (local.get 1)))
  (func (export "lt") (param v128 v128) (result v128) (i8x16.lt_s (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (i8x16.ge_s (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (i8x16.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100244065           clgrjl %r14, %r1, 0x68
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0038: i8x16.gt_s
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e711000000fb           vchb %v1, %v1, %v0
;;   @003a: end
;;      58: e78100000856           vlr %v24, %v1
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[1] (lt): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100244065           clgrjl %r14, %r1, 0x68
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0041: i8x16.lt_s
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e710100000fb           vchb %v1, %v0, %v1
;;   @0043: end
;;      58: e78100000856           vlr %v24, %v1
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[2] (ge): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @004a: i8x16.ge_s
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e7e0100008fb           vchb %v30, %v0, %v1
;;      58: e71ee000066b           vno %v1, %v30, %v30
;;   @004c: end
;;      5e: e78100000856           vlr %v24, %v1
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
;; wasm[0]::function[3] (ne): kindling, s390x-unknown-linux-gnu: 25 instructions, 132 bytes
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
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
;;   @0053: i8x16.ne
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e711000000f8           vceqb %v1, %v1, %v0
;;      58: e700ffff0044           vone %v0
;;      5e: e7110000006d           vx %v1, %v1, %v0
;;   @0055: end
;;      64: e78100000856           vlr %v24, %v1
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @004e: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
