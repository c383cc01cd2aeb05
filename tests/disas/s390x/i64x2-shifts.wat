;; 64-bit lane shifts; the arithmetic right shift has no single x86_64 instruction without AVX-512.
(module
  (func (export "shl") (param v128 i32) (result v128) (i64x2.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param v128 i32) (result v128) (i64x2.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_s_const") (param v128) (result v128) (i64x2.shr_s (local.get 0) (i32.const 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl): kindling, s390x-unknown-linux-gnu: 26 instructions, 134 bytes
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
;;   @0044: i64x2.shl
;;      4a: b9040027               lgr %r2, %r7
;;      4e: c02b0000003f           nilf %r2, 0x3f
;;      54: e70000000456           vlr %v0, %v16
;;      5a: e70020003030           veslg %v0, %v0, 0(%r2)
;;   @0047: end
;;      60: e78000000856           vlr %v24, %v0
;;      66: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      72: 07fe                   br %r14
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      74: 0000                   .insn e,0
;;      76: a7fbff60               aghi %r15, -0xa0
;;      7a: e3b0f0000024           stg %r11, 0(%r15)
;;      80: c0f4fffffffa           jg 0x74
;; wasm[0]::function[1] (shr_s): kindling, s390x-unknown-linux-gnu: 26 instructions, 134 bytes
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
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
;;   @004e: i64x2.shr_s
;;      4a: b9040027               lgr %r2, %r7
;;      4e: c02b0000003f           nilf %r2, 0x3f
;;      54: e70000000456           vlr %v0, %v16
;;      5a: e7002000303a           vesrag %v0, %v0, 0(%r2)
;;   @0051: end
;;      60: e78000000856           vlr %v24, %v0
;;      66: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      72: 07fe                   br %r14
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;      74: 0000                   .insn e,0
;;      76: a7fbff60               aghi %r15, -0xa0
;;      7a: e3b0f0000024           stg %r11, 0(%r15)
;;      80: c0f4fffffffa           jg 0x74
;; wasm[0]::function[2] (shr_s_const): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
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
;;   @0058: i64x2.shr_s
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7000005303a           vesrag %v0, %v0, 5
;;   @005b: end
;;      4c: e78000000856           vlr %v24, %v0
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @0053: (func (;2;) (type 1) (param v128) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
