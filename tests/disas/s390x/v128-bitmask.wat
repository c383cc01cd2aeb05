;; `bitmask` in each lane size.
(module
  (func (export "b8") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
  (func (export "b16") (param v128) (result i32) (i16x8.bitmask (local.get 0)))
  (func (export "b32") (param v128) (result i32) (i32x4.bitmask (local.get 0)))
  (func (export "b64") (param v128) (result i32) (i64x2.bitmask (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (b8): kindling, s390x-unknown-linux-gnu: 26 instructions, 138 bytes
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
;;   @0038: i8x16.bitmask
;;      40: e70000000456           vlr %v0, %v16
;;      46: c01e00081018           llihf %r1, 0x81018
;;      4c: c01920283038           iilf %r1, 0x20283038
;;      52: c00e40485058           llihf %r0, 0x40485058
;;      58: c00960687078           iilf %r0, 0x60687078
;;      5e: e7e100000862           vlvgp %v30, %r1, %r0
;;      64: e7e0e0000a85           vbperm %v30, %v0, %v30
;;      6a: e72e00003421           vlgvg %r2, %v30, 0
;;   @003a: end
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
;; wasm[0]::function[1] (b16): kindling, s390x-unknown-linux-gnu: 26 instructions, 138 bytes
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
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
;;   @003f: i16x8.bitmask
;;      40: e70000000456           vlr %v0, %v16
;;      46: c01e80808080           llihf %r1, 0x80808080
;;      4c: c01980808080           iilf %r1, 0x80808080
;;      52: c00e00102030           llihf %r0, 0x102030
;;      58: c00940506070           iilf %r0, 0x40506070
;;      5e: e7e100000862           vlvgp %v30, %r1, %r0
;;      64: e7e0e0000a85           vbperm %v30, %v0, %v30
;;      6a: e72e00003421           vlgvg %r2, %v30, 0
;;   @0042: end
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
;; wasm[0]::function[2] (b32): kindling, s390x-unknown-linux-gnu: 26 instructions, 138 bytes
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
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
;;   @0047: i32x4.bitmask
;;      40: e70000000456           vlr %v0, %v16
;;      46: c01e80808080           llihf %r1, 0x80808080
;;      4c: c01980808080           iilf %r1, 0x80808080
;;      52: c00e80808080           llihf %r0, 0x80808080
;;      58: c00900204060           iilf %r0, 0x204060
;;      5e: e7e100000862           vlvgp %v30, %r1, %r0
;;      64: e7e0e0000a85           vbperm %v30, %v0, %v30
;;      6a: e72e00003421           vlgvg %r2, %v30, 0
;;   @004a: end
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
;; wasm[0]::function[3] (b64): kindling, s390x-unknown-linux-gnu: 26 instructions, 138 bytes
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
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
;;   @004f: i64x2.bitmask
;;      40: e70000000456           vlr %v0, %v16
;;      46: c01e80808080           llihf %r1, 0x80808080
;;      4c: c01980808080           iilf %r1, 0x80808080
;;      52: c00e80808080           llihf %r0, 0x80808080
;;      58: c00980800040           iilf %r0, 0x80800040
;;      5e: e7e100000862           vlvgp %v30, %r1, %r0
;;      64: e7e0e0000a85           vbperm %v30, %v0, %v30
;;      6a: e72e00003421           vlgvg %r2, %v30, 0
;;   @0052: end
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @004c: (func (;3;) (type 0) (param v128) (result i32)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
