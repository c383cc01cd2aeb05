;; v128.const: zero by xor, otherwise each 64-bit half through a general register.
(module
  (func (export "zero") (result v128) (v128.const i64x2 0 0))
  (func (export "low") (result v128) (v128.const i64x2 0x1234 0))
  (func (export "both") (result v128) (v128.const i32x4 1 2 3 4)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (zero): kindling, s390x-unknown-linux-gnu: 19 instructions, 96 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff40           agfi %r14, -0xc0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100184065           clgrjl %r14, %r1, 0x50
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;   @0031: v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
;;      3a: e70000000044           vzero %v0
;;   @0043: end
;;      40: e78000000856           vlr %v24, %v0
;;      46: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      4c: 07fe                   br %r14
;;   @0030: (func (;0;) (type 0) (result v128)
;;      4e: 0000                   .insn e,0
;;      50: a7fbff60               aghi %r15, -0xa0
;;      54: e3b0f0000024           stg %r11, 0(%r15)
;;      5a: c0f4fffffffa           jg 0x4e
;; wasm[0]::function[1] (low): kindling, s390x-unknown-linux-gnu: 21 instructions, 104 bytes
;;   @0030: (func (;0;) (type 0) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff40           agfi %r14, -0xc0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001c4065           clgrjl %r14, %r1, 0x58
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;   @0046: v128.const i32x4 0x00001234 0x00000000 0x00000000 0x00000000
;;      3a: a7190000               lghi %r1, 0
;;      3e: a7091234               lghi %r0, 0x1234
;;      42: e70100000062           vlvgp %v0, %r1, %r0
;;   @0058: end
;;      48: e78000000856           vlr %v24, %v0
;;      4e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      54: 07fe                   br %r14
;;   @0045: (func (;1;) (type 0) (result v128)
;;      56: 0000                   .insn e,0
;;      58: a7fbff60               aghi %r15, -0xa0
;;      5c: e3b0f0000024           stg %r11, 0(%r15)
;;      62: c0f4fffffffa           jg 0x56
;; wasm[0]::function[2] (both): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;   @0045: (func (;1;) (type 0) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff40           agfi %r14, -0xc0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100244065           clgrjl %r14, %r1, 0x68
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;   @005b: v128.const i32x4 0x00000001 0x00000002 0x00000003 0x00000004
;;      3a: c01e00000004           llihf %r1, 4
;;      40: c01900000003           iilf %r1, 3
;;      46: c00e00000002           llihf %r0, 2
;;      4c: c00900000001           iilf %r0, 1
;;      52: e70100000062           vlvgp %v0, %r1, %r0
;;   @006d: end
;;      58: e78000000856           vlr %v24, %v0
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @005a: (func (;2;) (type 0) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
