;; Saturating float to integer truncations (NaN lanes to 0).
(module
  (func (export "f32_s") (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func (export "f64_u") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_s): kindling, s390x-unknown-linux-gnu: 29 instructions, 156 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100364065           clgrjl %r14, %r1, 0x8c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0041: i32x4.trunc_sat_f32x4_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000002861           vmrhf %v30, %v0, %v0
;;      4c: e7ee00002cc4           vldeb %v30, %v30
;;      52: e7ee00503cc2           vcgdb %v30, %v30, 0, 5
;;      58: e7f000002860           vmrlf %v31, %v0, %v0
;;      5e: e7ff00002cc4           vldeb %v31, %v31
;;      64: e7ff00503cc2           vcgdb %v31, %v31, 0, 5
;;      6a: e7eef0003e97           vpksg %v30, %v30, %v31
;;      70: e7f0000028e8           vfcesb %v31, %v0, %v0
;;      76: e70ef0000668           vn %v0, %v30, %v31
;;   @0044: end
;;      7c: e78000000856           vlr %v24, %v0
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
;; wasm[0]::function[1] (f32_u): kindling, s390x-unknown-linux-gnu: 27 instructions, 144 bytes
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100304065           clgrjl %r14, %r1, 0x80
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0049: i32x4.trunc_sat_f32x4_u
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000002861           vmrhf %v30, %v0, %v0
;;      4c: e7ee00002cc4           vldeb %v30, %v30
;;      52: e7ee00503cc0           vclgdb %v30, %v30, 0, 5
;;      58: e7f000002860           vmrlf %v31, %v0, %v0
;;      5e: e7ff00002cc4           vldeb %v31, %v31
;;      64: e7ff00503cc0           vclgdb %v31, %v31, 0, 5
;;      6a: e70ef0003695           vpklsg %v0, %v30, %v31
;;   @004c: end
;;      70: e78000000856           vlr %v24, %v0
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      7e: 0000                   .insn e,0
;;      80: a7fbff60               aghi %r15, -0xa0
;;      84: e3b0f0000024           stg %r11, 0(%r15)
;;      8a: c0f4fffffffa           jg 0x7e
;; wasm[0]::function[2] (f64_s): kindling, s390x-unknown-linux-gnu: 25 instructions, 132 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002a4065           clgrjl %r14, %r1, 0x74
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0051: i32x4.trunc_sat_f64x2_s_zero
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e0005038c2           vcgdb %v30, %v0, 0, 5
;;      4c: e7f0000038e8           vfcedb %v31, %v0, %v0
;;      52: e7eef0000e68           vn %v30, %v30, %v31
;;      58: e7f000000844           vzero %v31
;;      5e: e70fe0003697           vpksg %v0, %v31, %v30
;;   @0054: end
;;      64: e78000000856           vlr %v24, %v0
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
;; wasm[0]::function[3] (f64_u): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100244065           clgrjl %r14, %r1, 0x68
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0059: i32x4.trunc_sat_f64x2_u_zero
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e0005038c0           vclgdb %v30, %v0, 0, 5
;;      4c: e7f000000844           vzero %v31
;;      52: e70fe0003695           vpklsg %v0, %v31, %v30
;;   @005c: end
;;      58: e78000000856           vlr %v24, %v0
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @0056: (func (;3;) (type 0) (param v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
