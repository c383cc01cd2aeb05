;; Lane extension of the low and high halves.
(module
  (func (export "low_s") (param v128) (result v128) (i16x8.extend_low_i8x16_s (local.get 0)))
  (func (export "high_u") (param v128) (result v128) (i32x4.extend_high_i16x8_u (local.get 0)))
  (func (export "low64_s") (param v128) (result v128) (i64x2.extend_low_i32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (low_s): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
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
;;   @003b: i16x8.extend_low_i8x16_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000000d6           vuplb %v0, %v0
;;   @003e: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
;; wasm[0]::function[1] (high_u): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0043: i32x4.extend_high_i16x8_u
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000010d5           vuplhh %v0, %v0
;;   @0046: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
;; wasm[0]::function[2] (low64_s): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @004b: i64x2.extend_low_i32x4_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000020d6           vuplf %v0, %v0
;;   @004e: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @0048: (func (;2;) (type 0) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
