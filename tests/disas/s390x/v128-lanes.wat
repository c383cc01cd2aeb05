;; Lane extraction and replacement.
(module
  (func (export "get_s") (param v128) (result i32) (i8x16.extract_lane_s 5 (local.get 0)))
  (func (export "get_u16") (param v128) (result i32) (i16x8.extract_lane_u 3 (local.get 0)))
  (func (export "get_f64") (param v128) (result f64) (f64x2.extract_lane 1 (local.get 0)))
  (func (export "set_i32") (param v128 i32) (result v128) (i32x4.replace_lane 2 (local.get 0) (local.get 1)))
  (func (export "set_f32") (param v128 f32) (result v128) (f32x4.replace_lane 3 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (get_s): kindling, s390x-unknown-linux-gnu: 21 instructions, 106 bytes
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
;;   @0063: i8x16.extract_lane_s 5
;;      40: e70000000456           vlr %v0, %v16
;;      46: e720000a0021           vlgvb %r2, %v0, 0xa
;;      4c: b9260022               lbr %r2, %r2
;;   @0066: end
;;      50: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      56: 07fe                   br %r14
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;      58: 0000                   .insn e,0
;;      5a: a7fbff60               aghi %r15, -0xa0
;;      5e: e3b0f0000024           stg %r11, 0(%r15)
;;      64: c0f4fffffffa           jg 0x58
;; wasm[0]::function[1] (get_u16): kindling, s390x-unknown-linux-gnu: 20 instructions, 102 bytes
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
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
;;   @006b: i16x8.extract_lane_u 3
;;      40: e70000000456           vlr %v0, %v16
;;      46: e72000041021           vlgvh %r2, %v0, 4
;;   @006e: end
;;      4c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      52: 07fe                   br %r14
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;      54: 0000                   .insn e,0
;;      56: a7fbff60               aghi %r15, -0xa0
;;      5a: e3b0f0000024           stg %r11, 0(%r15)
;;      60: c0f4fffffffa           jg 0x54
;; wasm[0]::function[2] (get_f64): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
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
;;   @0073: f64x2.extract_lane 1
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7100000304d           vrepg %v1, %v0, 0
;;   @0076: end
;;      4c: e70100000056           vlr %v0, %v1
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
;; wasm[0]::function[3] (set_i32): kindling, s390x-unknown-linux-gnu: 25 instructions, 128 bytes
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
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
;;   @007d: i32x4.replace_lane 2
;;      4a: b9040027               lgr %r2, %r7
;;      4e: e70000000456           vlr %v0, %v16
;;      54: e70200012022           vlvgf %v0, %r2, 1
;;   @0080: end
;;      5a: e78000000856           vlr %v24, %v0
;;      60: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      66: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6c: 07fe                   br %r14
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      6e: 0000                   .insn e,0
;;      70: a7fbff60               aghi %r15, -0xa0
;;      74: e3b0f0000024           stg %r11, 0(%r15)
;;      7a: c0f4fffffffa           jg 0x6e
;; wasm[0]::function[4] (set_f32): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
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
;;   @0087: f32x4.replace_lane 3
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e71000002021           vlgvf %r1, %v0, 0
;;      58: e71100002022           vlvgf %v1, %r1, 0
;;   @008a: end
;;      5e: e78100000856           vlr %v24, %v1
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @0082: (func (;4;) (type 3) (param v128 f32) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
