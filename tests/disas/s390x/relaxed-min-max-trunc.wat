;; Relaxed min/max and truncations.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "trunc") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
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
;;   @003c: f32x4.relaxed_min
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e711001020ee           vfminsb %v1, %v1, %v0, 1
;;   @003f: end
;;      58: e78100000856           vlr %v24, %v1
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[1] (max): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0046: f64x2.relaxed_max
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e711001030ef           vfmaxdb %v1, %v1, %v0, 1
;;   @0049: end
;;      58: e78100000856           vlr %v24, %v1
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[2] (trunc): kindling, s390x-unknown-linux-gnu: 29 instructions, 156 bytes
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @004e: i32x4.relaxed_trunc_f32x4_s
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
;;   @0051: end
;;      7c: e78000000856           vlr %v24, %v0
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @004b: (func (;2;) (type 1) (param v128) (result v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
