;; Integer to float conversions, signed and unsigned, and demote/promote.
(module
  (func (export "f32_s") (param v128) (result v128) (f32x4.convert_i32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (f64x2.convert_low_i32x4_s (local.get 0)))
  (func (export "demote") (param v128) (result v128) (f32x4.demote_f64x2_zero (local.get 0)))
  (func (export "promote") (param v128) (result v128) (f64x2.promote_low_f32x4 (local.get 0))))

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
;;   @004d: f32x4.convert_i32x4_s
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
;;   @0050: end
;;      7c: e78000000856           vlr %v24, %v0
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
;; wasm[0]::function[1] (f32_u): kindling, s390x-unknown-linux-gnu: 29 instructions, 156 bytes
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0055: f32x4.convert_i32x4_u
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
;;   @0058: end
;;      7c: e78000000856           vlr %v24, %v0
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
;; wasm[0]::function[2] (f64_s): kindling, s390x-unknown-linux-gnu: 22 instructions, 114 bytes
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @005d: f64x2.convert_low_i32x4_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000020d6           vuplf %v0, %v0
;;      4c: e700004030c3           vcdgb %v0, %v0, 0, 4
;;   @0060: end
;;      52: e78000000856           vlr %v24, %v0
;;      58: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5e: 07fe                   br %r14
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
;;      60: 0000                   .insn e,0
;;      62: a7fbff60               aghi %r15, -0xa0
;;      66: e3b0f0000024           stg %r11, 0(%r15)
;;      6c: c0f4fffffffa           jg 0x60
;; wasm[0]::function[3] (demote): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0065: f32x4.demote_f64x2_zero
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e0000038c5           vledb %v30, %v0, 0, 0
;;      4c: e7ee00203c38           vesrlg %v30, %v30, 0x20
;;      52: e7f000000844           vzero %v31
;;      58: e70fe0003694           vpkg %v0, %v31, %v30
;;   @0067: end
;;      5e: e78000000856           vlr %v24, %v0
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
;; wasm[0]::function[4] (promote): kindling, s390x-unknown-linux-gnu: 22 instructions, 114 bytes
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
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
;;   @006c: f64x2.promote_low_f32x4
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000002860           vmrlf %v30, %v0, %v0
;;      4c: e70e000024c4           vldeb %v0, %v30
;;   @006e: end
;;      52: e78000000856           vlr %v24, %v0
;;      58: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5e: 07fe                   br %r14
;;   @0069: (func (;4;) (type 0) (param v128) (result v128)
;;      60: 0000                   .insn e,0
;;      62: a7fbff60               aghi %r15, -0xa0
;;      66: e3b0f0000024           stg %r11, 0(%r15)
;;      6c: c0f4fffffffa           jg 0x60
