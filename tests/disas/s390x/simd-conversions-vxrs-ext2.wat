;;! set has_vxrs_ext2=true
;; The same conversions with z15's vector-enhancements facility 2: word
;; conversions directly (`vcefb`, `vcfeb`...), NaN lanes still cleared.
(module
  (func (export "convert_s") (param v128) (result v128) (f32x4.convert_i32x4_s (local.get 0)))
  (func (export "convert_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "trunc_s") (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "trunc_u") (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (convert_s): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001e4065           clgrjl %r14, %r1, 0x5c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @004d: f32x4.convert_i32x4_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700004020c3           vcefb %v0, %v0, 0, 4
;;   @0050: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
;; wasm[0]::function[1] (convert_u): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001e4065           clgrjl %r14, %r1, 0x5c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0055: f32x4.convert_i32x4_u
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700004020c1           vcelfb %v0, %v0, 0, 4
;;   @0058: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
;; wasm[0]::function[2] (trunc_s): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @005d: i32x4.trunc_sat_f32x4_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e0005028c2           vcfeb %v30, %v0, 0, 5
;;      4c: e7f0000028e8           vfcesb %v31, %v0, %v0
;;      52: e70ef0000668           vn %v0, %v30, %v31
;;   @0060: end
;;      58: e78000000856           vlr %v24, %v0
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[3] (trunc_u): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001e4065           clgrjl %r14, %r1, 0x5c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0065: i32x4.trunc_sat_f32x4_u
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700005020c0           vclfeb %v0, %v0, 0, 5
;;   @0068: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
