;; Saturating narrowing, signed and unsigned.
(module
  (func (export "i8s") (param v128 v128) (result v128) (i8x16.narrow_i16x8_s (local.get 0) (local.get 1)))
  (func (export "i8u") (param v128 v128) (result v128) (i8x16.narrow_i16x8_u (local.get 0) (local.get 1)))
  (func (export "i16s") (param v128 v128) (result v128) (i16x8.narrow_i32x4_s (local.get 0) (local.get 1)))
  (func (export "i16u") (param v128 v128) (result v128) (i16x8.narrow_i32x4_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8s): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
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
;;   @003e: i8x16.narrow_i16x8_s
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e71010001097           vpksh %v1, %v0, %v1
;;   @0040: end
;;      58: e78100000856           vlr %v24, %v1
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[1] (i8u): kindling, s390x-unknown-linux-gnu: 26 instructions, 138 bytes
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002d4065           clgrjl %r14, %r1, 0x7a
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0047: i8x16.narrow_i16x8_u
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e7e000000844           vzero %v30
;;      58: e7f0e0001aff           vmxh %v31, %v0, %v30
;;      5e: e7e1e0001aff           vmxh %v30, %v1, %v30
;;      64: e71fe0001695           vpklsh %v1, %v31, %v30
;;   @0049: end
;;      6a: e78100000856           vlr %v24, %v1
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @0042: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
;; wasm[0]::function[2] (i16s): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;   @0042: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @0050: i16x8.narrow_i32x4_s
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e71010002097           vpksf %v1, %v0, %v1
;;   @0053: end
;;      58: e78100000856           vlr %v24, %v1
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @004b: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[3] (i16u): kindling, s390x-unknown-linux-gnu: 26 instructions, 138 bytes
;;   @004b: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002d4065           clgrjl %r14, %r1, 0x7a
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @005a: i16x8.narrow_i32x4_u
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e7e000000844           vzero %v30
;;      58: e7f0e0002aff           vmxf %v31, %v0, %v30
;;      5e: e7e1e0002aff           vmxf %v30, %v1, %v30
;;      64: e71fe0002695           vpklsf %v1, %v31, %v30
;;   @005d: end
;;      6a: e78100000856           vlr %v24, %v1
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @0055: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
