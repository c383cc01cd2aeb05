;; 16- and 32-bit lane shifts by constants and registers.
(module
  (func (export "i16_shl") (param v128 i32) (result v128) (i16x8.shl (local.get 0) (local.get 1)))
  (func (export "i16_shr_s") (param v128) (result v128) (i16x8.shr_s (local.get 0) (i32.const 17)))
  (func (export "i32_shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1)))
  (func (export "i32_shl") (param v128) (result v128) (i32x4.shl (local.get 0) (i32.const 31))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_shl): kindling, s390x-unknown-linux-gnu: 26 instructions, 134 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002b4065           clgrjl %r14, %r1, 0x76
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e70800000c56           vlr %v16, %v24
;;      46: b9040074               lgr %r7, %r4
;;   @0055: i16x8.shl
;;      4a: b9040027               lgr %r2, %r7
;;      4e: c02b0000000f           nilf %r2, 0xf
;;      54: e70000000456           vlr %v0, %v16
;;      5a: e70020001030           veslh %v0, %v0, 0(%r2)
;;   @0058: end
;;      60: e78000000856           vlr %v24, %v0
;;      66: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      72: 07fe                   br %r14
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      74: 0000                   .insn e,0
;;      76: a7fbff60               aghi %r15, -0xa0
;;      7a: e3b0f0000024           stg %r11, 0(%r15)
;;      80: c0f4fffffffa           jg 0x74
;; wasm[0]::function[1] (i16_shr_s): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001e4065           clgrjl %r14, %r1, 0x5c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @005f: i16x8.shr_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7000001103a           vesrah %v0, %v0, 1
;;   @0062: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
;; wasm[0]::function[2] (i32_shr_u): kindling, s390x-unknown-linux-gnu: 26 instructions, 134 bytes
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002b4065           clgrjl %r14, %r1, 0x76
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e70800000c56           vlr %v16, %v24
;;      46: b9040074               lgr %r7, %r4
;;   @0069: i32x4.shr_u
;;      4a: b9040027               lgr %r2, %r7
;;      4e: c02b0000001f           nilf %r2, 0x1f
;;      54: e70000000456           vlr %v0, %v16
;;      5a: e70020002038           vesrlf %v0, %v0, 0(%r2)
;;   @006c: end
;;      60: e78000000856           vlr %v24, %v0
;;      66: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      72: 07fe                   br %r14
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;      74: 0000                   .insn e,0
;;      76: a7fbff60               aghi %r15, -0xa0
;;      7a: e3b0f0000024           stg %r11, 0(%r15)
;;      80: c0f4fffffffa           jg 0x74
;; wasm[0]::function[3] (i32_shl): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001e4065           clgrjl %r14, %r1, 0x5c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0073: i32x4.shl
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700001f2030           veslf %v0, %v0, 0x1f
;;   @0076: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @006e: (func (;3;) (type 1) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
