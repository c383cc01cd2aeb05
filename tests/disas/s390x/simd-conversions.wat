;; The integer/float lane conversions on z14, which converts only
;; doublewords: 32-bit lanes go through f64 and a (saturating) pack.
(module
  (func (export "convert_s") (param v128) (result v128) (f32x4.convert_i32x4_s (local.get 0)))
  (func (export "convert_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "convert_low") (param v128) (result v128) (f64x2.convert_low_i32x4_s (local.get 0)))
  (func (export "trunc_s") (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "trunc_u") (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func (export "trunc_zero") (param v128) (result v128) (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func (export "demote") (param v128) (result v128) (f32x4.demote_f64x2_zero (local.get 0)))
  (func (export "promote") (param v128) (result v128) (f64x2.promote_low_f32x4 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (convert_s): kindling, s390x-unknown-linux-gnu: 29 instructions, 156 bytes
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
;;   @007f: f32x4.convert_i32x4_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e0000028d7           vuphf %v30, %v0
;;      4c: e7ee00403cc3           vcdgb %v30, %v30, 0, 4
;;      52: e7ee00403cc5           vledb %v30, %v30, 0, 4
;;      58: e7ee00203c38           vesrlg %v30, %v30, 0x20
;;      5e: e7f0000028d6           vuplf %v31, %v0
;;      64: e7ff00403cc3           vcdgb %v31, %v31, 0, 4
;;      6a: e7ff00403cc5           vledb %v31, %v31, 0, 4
;;      70: e7ff00203c38           vesrlg %v31, %v31, 0x20
;;      76: e70ef0003694           vpkg %v0, %v30, %v31
;;   @0082: end
;;      7c: e78000000856           vlr %v24, %v0
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @007c: (func (;0;) (type 0) (param v128) (result v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
;; wasm[0]::function[1] (convert_u): kindling, s390x-unknown-linux-gnu: 29 instructions, 156 bytes
;;   @007c: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0087: f32x4.convert_i32x4_u
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e0000028d5           vuplhf %v30, %v0
;;      4c: e7ee00403cc1           vcdlgb %v30, %v30, 0, 4
;;      52: e7ee00403cc5           vledb %v30, %v30, 0, 4
;;      58: e7ee00203c38           vesrlg %v30, %v30, 0x20
;;      5e: e7f0000028d4           vupllf %v31, %v0
;;      64: e7ff00403cc1           vcdlgb %v31, %v31, 0, 4
;;      6a: e7ff00403cc5           vledb %v31, %v31, 0, 4
;;      70: e7ff00203c38           vesrlg %v31, %v31, 0x20
;;      76: e70ef0003694           vpkg %v0, %v30, %v31
;;   @008a: end
;;      7c: e78000000856           vlr %v24, %v0
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @0084: (func (;1;) (type 0) (param v128) (result v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
;; wasm[0]::function[2] (convert_low): kindling, s390x-unknown-linux-gnu: 22 instructions, 114 bytes
;;   @0084: (func (;1;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100214065           clgrjl %r14, %r1, 0x62
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @008f: f64x2.convert_low_i32x4_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000020d6           vuplf %v0, %v0
;;      4c: e700004030c3           vcdgb %v0, %v0, 0, 4
;;   @0092: end
;;      52: e78000000856           vlr %v24, %v0
;;      58: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5e: 07fe                   br %r14
;;   @008c: (func (;2;) (type 0) (param v128) (result v128)
;;      60: 0000                   .insn e,0
;;      62: a7fbff60               aghi %r15, -0xa0
;;      66: e3b0f0000024           stg %r11, 0(%r15)
;;      6c: c0f4fffffffa           jg 0x60
;; wasm[0]::function[3] (trunc_s): kindling, s390x-unknown-linux-gnu: 29 instructions, 156 bytes
;;   @008c: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0097: i32x4.trunc_sat_f32x4_s
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
;;   @009a: end
;;      7c: e78000000856           vlr %v24, %v0
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @0094: (func (;3;) (type 0) (param v128) (result v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
;; wasm[0]::function[4] (trunc_u): kindling, s390x-unknown-linux-gnu: 27 instructions, 144 bytes
;;   @0094: (func (;3;) (type 0) (param v128) (result v128)
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
;;   @009f: i32x4.trunc_sat_f32x4_u
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000002861           vmrhf %v30, %v0, %v0
;;      4c: e7ee00002cc4           vldeb %v30, %v30
;;      52: e7ee00503cc0           vclgdb %v30, %v30, 0, 5
;;      58: e7f000002860           vmrlf %v31, %v0, %v0
;;      5e: e7ff00002cc4           vldeb %v31, %v31
;;      64: e7ff00503cc0           vclgdb %v31, %v31, 0, 5
;;      6a: e70ef0003695           vpklsg %v0, %v30, %v31
;;   @00a2: end
;;      70: e78000000856           vlr %v24, %v0
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;;   @009c: (func (;4;) (type 0) (param v128) (result v128)
;;      7e: 0000                   .insn e,0
;;      80: a7fbff60               aghi %r15, -0xa0
;;      84: e3b0f0000024           stg %r11, 0(%r15)
;;      8a: c0f4fffffffa           jg 0x7e
;; wasm[0]::function[5] (trunc_zero): kindling, s390x-unknown-linux-gnu: 25 instructions, 132 bytes
;;   @009c: (func (;4;) (type 0) (param v128) (result v128)
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
;;   @00a7: i32x4.trunc_sat_f64x2_s_zero
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e0005038c2           vcgdb %v30, %v0, 0, 5
;;      4c: e7f0000038e8           vfcedb %v31, %v0, %v0
;;      52: e7eef0000e68           vn %v30, %v30, %v31
;;      58: e7f000000844           vzero %v31
;;      5e: e70fe0003697           vpksg %v0, %v31, %v30
;;   @00aa: end
;;      64: e78000000856           vlr %v24, %v0
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @00a4: (func (;5;) (type 0) (param v128) (result v128)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
;; wasm[0]::function[6] (demote): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;   @00a4: (func (;5;) (type 0) (param v128) (result v128)
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
;;   @00af: f32x4.demote_f64x2_zero
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e0000038c5           vledb %v30, %v0, 0, 0
;;      4c: e7ee00203c38           vesrlg %v30, %v30, 0x20
;;      52: e7f000000844           vzero %v31
;;      58: e70fe0003694           vpkg %v0, %v31, %v30
;;   @00b1: end
;;      5e: e78000000856           vlr %v24, %v0
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @00ac: (func (;6;) (type 0) (param v128) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
;; wasm[0]::function[7] (promote): kindling, s390x-unknown-linux-gnu: 22 instructions, 114 bytes
;;   @00ac: (func (;6;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100214065           clgrjl %r14, %r1, 0x62
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @00b6: f64x2.promote_low_f32x4
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000002860           vmrlf %v30, %v0, %v0
;;      4c: e70e000024c4           vldeb %v0, %v30
;;   @00b8: end
;;      52: e78000000856           vlr %v24, %v0
;;      58: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5e: 07fe                   br %r14
;;   @00b3: (func (;7;) (type 0) (param v128) (result v128)
;;      60: 0000                   .insn e,0
;;      62: a7fbff60               aghi %r15, -0xa0
;;      66: e3b0f0000024           stg %r11, 0(%r15)
;;      6c: c0f4fffffffa           jg 0x60
