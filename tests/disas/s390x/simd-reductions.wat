;; `any_true` by `vtm`, `all_true` by a compare with zero that sets the
;; condition code, `bitmask` by `vbperm` with a constant control vector,
;; and v128 constants (`vgbm`, `vrepi`, or two general registers).
(module
  (func (export "any") (param v128) (result i32) (v128.any_true (local.get 0)))
  (func (export "all") (param v128) (result i32) (i16x8.all_true (local.get 0)))
  (func (export "bitmask8") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
  (func (export "bitmask64") (param v128) (result i32) (i64x2.bitmask (local.get 0)))
  (func (export "consts") (result v128 v128 v128)
    (v128.const i32x4 -1 0 -1 0) (v128.const i16x8 7 7 7 7 7 7 7 7)
    (v128.const i32x4 1 2 3 4)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (any): kindling, s390x-unknown-linux-gnu: 22 instructions, 112 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100204065           clgrjl %r14, %r1, 0x60
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0054: v128.any_true
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000000d8           vtm %v0, %v0
;;      4c: a7290000               lghi %r2, 0
;;      50: ec2700010046           locghine %r2, 1
;;   @0056: end
;;      56: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5c: 07fe                   br %r14
;;   @0051: (func (;0;) (type 0) (param v128) (result i32)
;;      5e: 0000                   .insn e,0
;;      60: a7fbff60               aghi %r15, -0xa0
;;      64: e3b0f0000024           stg %r11, 0(%r15)
;;      6a: c0f4fffffffa           jg 0x5e
;; wasm[0]::function[1] (all): kindling, s390x-unknown-linux-gnu: 23 instructions, 118 bytes
;;   @0051: (func (;0;) (type 0) (param v128) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100234065           clgrjl %r14, %r1, 0x66
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @005b: i16x8.all_true
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000000844           vzero %v30
;;      4c: e7e0e0101af8           vceqhs %v30, %v0, %v30
;;      52: a7290000               lghi %r2, 0
;;      56: ec2100010046           locghio %r2, 1
;;   @005e: end
;;      5c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      62: 07fe                   br %r14
;;   @0058: (func (;1;) (type 0) (param v128) (result i32)
;;      64: 0000                   .insn e,0
;;      66: a7fbff60               aghi %r15, -0xa0
;;      6a: e3b0f0000024           stg %r11, 0(%r15)
;;      70: c0f4fffffffa           jg 0x64
;; wasm[0]::function[2] (bitmask8): kindling, s390x-unknown-linux-gnu: 26 instructions, 138 bytes
;;   @0058: (func (;1;) (type 0) (param v128) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002d4065           clgrjl %r14, %r1, 0x7a
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0063: i8x16.bitmask
;;      40: e70000000456           vlr %v0, %v16
;;      46: c01e00081018           llihf %r1, 0x81018
;;      4c: c01920283038           iilf %r1, 0x20283038
;;      52: c00e40485058           llihf %r0, 0x40485058
;;      58: c00960687078           iilf %r0, 0x60687078
;;      5e: e7e100000862           vlvgp %v30, %r1, %r0
;;      64: e7e0e0000a85           vbperm %v30, %v0, %v30
;;      6a: e72e00003421           vlgvg %r2, %v30, 0
;;   @0065: end
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @0060: (func (;2;) (type 0) (param v128) (result i32)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
;; wasm[0]::function[3] (bitmask64): kindling, s390x-unknown-linux-gnu: 26 instructions, 138 bytes
;;   @0060: (func (;2;) (type 0) (param v128) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002d4065           clgrjl %r14, %r1, 0x7a
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @006a: i64x2.bitmask
;;      40: e70000000456           vlr %v0, %v16
;;      46: c01e80808080           llihf %r1, 0x80808080
;;      4c: c01980808080           iilf %r1, 0x80808080
;;      52: c00e80808080           llihf %r0, 0x80808080
;;      58: c00980800040           iilf %r0, 0x80800040
;;      5e: e7e100000862           vlvgp %v30, %r1, %r0
;;      64: e7e0e0000a85           vbperm %v30, %v0, %v30
;;      6a: e72e00003421           vlgvg %r2, %v30, 0
;;   @006d: end
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @0067: (func (;3;) (type 0) (param v128) (result i32)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
;; wasm[0]::function[4] (consts): kindling, s390x-unknown-linux-gnu: 29 instructions, 156 bytes
;;   @0067: (func (;3;) (type 0) (param v128) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100364065           clgrjl %r14, %r1, 0x8c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e340bff0ff24           stg %r4, -0x10(%r11)
;;   @0070: v128.const i32x4 0xffffffff 0x00000000 0xffffffff 0x00000000
;;      40: e7000f0f0044           vgbm %v0, 0xf0f
;;   @0082: v128.const i32x4 0x00070007 0x00070007 0x00070007 0x00070007
;;      46: e71000071045           vrepih %v1, 7
;;   @0094: v128.const i32x4 0x00000001 0x00000002 0x00000003 0x00000004
;;      4c: c01e00000004           llihf %r1, 4
;;      52: c01900000003           iilf %r1, 3
;;      58: c00e00000002           llihf %r0, 2
;;      5e: c00900000001           iilf %r0, 1
;;      64: e72100000062           vlvgp %v2, %r1, %r0
;;   @00a6: end
;;      6a: e3a0bff0ff04           lg %r10, -0x10(%r11)
;;      70: e710a000000e           vst %v1, 0(%r10)
;;      76: e720a010000e           vst %v2, 16(%r10)
;;      7c: e78000000856           vlr %v24, %v0
;;      82: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      88: 07fe                   br %r14
;;   @006f: (func (;4;) (type 1) (result v128 v128 v128)
;;      8a: 0000                   .insn e,0
;;      8c: a7fbff60               aghi %r15, -0xa0
;;      90: e3b0f0000024           stg %r11, 0(%r15)
;;      96: c0f4fffffffa           jg 0x8a
