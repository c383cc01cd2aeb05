;; Splats, lane extraction and replacement: wasm lane i of n is register
;; element n - 1 - i; a float is element 0 of its size.
(module
  (func (export "splat_i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "splat_f64") (param f64) (result v128) (f64x2.splat (local.get 0)))
  (func (export "extract_i8_s") (param v128) (result i32) (i8x16.extract_lane_s 3 (local.get 0)))
  (func (export "extract_i16_u") (param v128) (result i32) (i16x8.extract_lane_u 7 (local.get 0)))
  (func (export "extract_f32") (param v128) (result f32) (f32x4.extract_lane 1 (local.get 0)))
  (func (export "replace_i64") (param v128 i64) (result v128) (i64x2.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "replace_f64") (param v128 f64) (result v128) (f64x2.replace_lane 1 (local.get 0) (local.get 1)))
  (func (export "replace_f32") (param v128 f32) (result v128) (f32x4.replace_lane 2 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (splat_i8): kindling, s390x-unknown-linux-gnu: 24 instructions, 122 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100254065           clgrjl %r14, %r1, 0x6a
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @00b4: i8x16.splat
;;      44: b9040027               lgr %r2, %r7
;;      48: e70200000022           vlvgb %v0, %r2, 0
;;      4e: e7000000004d           vrepb %v0, %v0, 0
;;   @00b6: end
;;      54: e78000000856           vlr %v24, %v0
;;      5a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      60: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      66: 07fe                   br %r14
;;   @00b1: (func (;0;) (type 0) (param i32) (result v128)
;;      68: 0000                   .insn e,0
;;      6a: a7fbff60               aghi %r15, -0xa0
;;      6e: e3b0f0000024           stg %r11, 0(%r15)
;;      74: c0f4fffffffa           jg 0x68
;; wasm[0]::function[1] (splat_f64): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @00b1: (func (;0;) (type 0) (param i32) (result v128)
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
;;      3a: e70000000856           vlr %v16, %v0
;;   @00bb: f64x2.splat
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7100000304d           vrepg %v1, %v0, 0
;;   @00bd: end
;;      4c: e78100000856           vlr %v24, %v1
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @00b8: (func (;1;) (type 1) (param f64) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
;; wasm[0]::function[2] (extract_i8_s): kindling, s390x-unknown-linux-gnu: 21 instructions, 106 bytes
;;   @00b8: (func (;1;) (type 1) (param f64) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001d4065           clgrjl %r14, %r1, 0x5a
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @00c2: i8x16.extract_lane_s 3
;;      40: e70000000456           vlr %v0, %v16
;;      46: e720000c0021           vlgvb %r2, %v0, 0xc
;;      4c: b9260022               lbr %r2, %r2
;;   @00c5: end
;;      50: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      56: 07fe                   br %r14
;;   @00bf: (func (;2;) (type 2) (param v128) (result i32)
;;      58: 0000                   .insn e,0
;;      5a: a7fbff60               aghi %r15, -0xa0
;;      5e: e3b0f0000024           stg %r11, 0(%r15)
;;      64: c0f4fffffffa           jg 0x58
;; wasm[0]::function[3] (extract_i16_u): kindling, s390x-unknown-linux-gnu: 20 instructions, 102 bytes
;;   @00bf: (func (;2;) (type 2) (param v128) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001b4065           clgrjl %r14, %r1, 0x56
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @00ca: i16x8.extract_lane_u 7
;;      40: e70000000456           vlr %v0, %v16
;;      46: e72000001021           vlgvh %r2, %v0, 0
;;   @00cd: end
;;      4c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      52: 07fe                   br %r14
;;   @00c7: (func (;3;) (type 2) (param v128) (result i32)
;;      54: 0000                   .insn e,0
;;      56: a7fbff60               aghi %r15, -0xa0
;;      5a: e3b0f0000024           stg %r11, 0(%r15)
;;      60: c0f4fffffffa           jg 0x54
;; wasm[0]::function[4] (extract_f32): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @00c7: (func (;3;) (type 2) (param v128) (result i32)
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
;;   @00d2: f32x4.extract_lane 1
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7100002204d           vrepf %v1, %v0, 2
;;   @00d5: end
;;      4c: e70100000056           vlr %v0, %v1
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @00cf: (func (;4;) (type 3) (param v128) (result f32)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
;; wasm[0]::function[5] (replace_i64): kindling, s390x-unknown-linux-gnu: 25 instructions, 128 bytes
;;   @00cf: (func (;4;) (type 3) (param v128) (result f32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100284065           clgrjl %r14, %r1, 0x70
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e70800000c56           vlr %v16, %v24
;;      46: b9040074               lgr %r7, %r4
;;   @00dc: i64x2.replace_lane 0
;;      4a: b9040027               lgr %r2, %r7
;;      4e: e70000000456           vlr %v0, %v16
;;      54: e70200013022           vlvgg %v0, %r2, 1
;;   @00df: end
;;      5a: e78000000856           vlr %v24, %v0
;;      60: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      66: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6c: 07fe                   br %r14
;;   @00d7: (func (;5;) (type 4) (param v128 i64) (result v128)
;;      6e: 0000                   .insn e,0
;;      70: a7fbff60               aghi %r15, -0xa0
;;      74: e3b0f0000024           stg %r11, 0(%r15)
;;      7a: c0f4fffffffa           jg 0x6e
;; wasm[0]::function[6] (replace_f64): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;   @00d7: (func (;5;) (type 4) (param v128 i64) (result v128)
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
;;      40: e71000000856           vlr %v17, %v0
;;   @00e6: f64x2.replace_lane 1
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e71010001084           vpdi %v1, %v0, %v1, 1
;;   @00e9: end
;;      58: e78100000856           vlr %v24, %v1
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @00e1: (func (;6;) (type 5) (param v128 f64) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[7] (replace_f32): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;   @00e1: (func (;6;) (type 5) (param v128 f64) (result v128)
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
;;      40: e71000000856           vlr %v17, %v0
;;   @00f0: f32x4.replace_lane 2
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e71000002021           vlgvf %r1, %v0, 0
;;      58: e71100012022           vlvgf %v1, %r1, 1
;;   @00f3: end
;;      5e: e78100000856           vlr %v24, %v1
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @00eb: (func (;7;) (type 6) (param v128 f32) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
