;; Splats from general registers (x86_64: movd then unpack and pshufd; aarch64: dup).
(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, s390x-unknown-linux-gnu: 24 instructions, 122 bytes
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
;;   @003b: i8x16.splat
;;      44: b9040027               lgr %r2, %r7
;;      48: e70200000022           vlvgb %v0, %r2, 0
;;      4e: e7000000004d           vrepb %v0, %v0, 0
;;   @003d: end
;;      54: e78000000856           vlr %v24, %v0
;;      5a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      60: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      66: 07fe                   br %r14
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;      68: 0000                   .insn e,0
;;      6a: a7fbff60               aghi %r15, -0xa0
;;      6e: e3b0f0000024           stg %r11, 0(%r15)
;;      74: c0f4fffffffa           jg 0x68
;; wasm[0]::function[1] (i64): kindling, s390x-unknown-linux-gnu: 24 instructions, 122 bytes
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
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
;;   @0042: i64x2.splat
;;      44: b9040027               lgr %r2, %r7
;;      48: e70200003022           vlvgg %v0, %r2, 0
;;      4e: e7000000304d           vrepg %v0, %v0, 0
;;   @0044: end
;;      54: e78000000856           vlr %v24, %v0
;;      5a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      60: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      66: 07fe                   br %r14
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;      68: 0000                   .insn e,0
;;      6a: a7fbff60               aghi %r15, -0xa0
;;      6e: e3b0f0000024           stg %r11, 0(%r15)
;;      74: c0f4fffffffa           jg 0x68
;; wasm[0]::function[2] (f32): kindling, s390x-unknown-linux-gnu: 21 instructions, 108 bytes
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
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
;;   @0049: f32x4.splat
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7100000204d           vrepf %v1, %v0, 0
;;   @004b: end
;;      4c: e78100000856           vlr %v24, %v1
;;      52: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      58: 07fe                   br %r14
;;   @0046: (func (;2;) (type 2) (param f32) (result v128)
;;      5a: 0000                   .insn e,0
;;      5c: a7fbff60               aghi %r15, -0xa0
;;      60: e3b0f0000024           stg %r11, 0(%r15)
;;      66: c0f4fffffffa           jg 0x5a
