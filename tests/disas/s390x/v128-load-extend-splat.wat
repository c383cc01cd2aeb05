;; Extending, splatting and zeroing loads (bounds-checked through the guard region).
(module
  (memory 1)
  (func (export "load8x8_s") (param i32) (result v128) (v128.load8x8_s (local.get 0)))
  (func (export "load16_splat") (param i32) (result v128) (v128.load16_splat offset=2 (local.get 0)))
  (func (export "load32_zero") (param i32) (result v128) (v128.load32_zero (local.get 0)))
  (func (export "load64_zero") (param i32) (result v128) (v128.load64_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8x8_s): kindling, s390x-unknown-linux-gnu: 28 instructions, 142 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002f4065           clgrjl %r14, %r1, 0x7e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @005d: v128.load8x8_s
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e3102000000f           lrvg %r1, 0(%r2)
;;      58: a7090000               lghi %r0, 0
;;      5c: e70010000062           vlvgp %v0, %r0, %r1
;;      62: e700000000d6           vuplb %v0, %v0
;;   @0061: end
;;      68: e78000000856           vlr %v24, %v0
;;      6e: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      74: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7a: 07fe                   br %r14
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;      7c: 0000                   .insn e,0
;;      7e: a7fbff60               aghi %r15, -0xa0
;;      82: e3b0f0000024           stg %r11, 0(%r15)
;;      88: c0f4fffffffa           jg 0x7c
;; wasm[0]::function[1] (load16_splat): kindling, s390x-unknown-linux-gnu: 28 instructions, 142 bytes
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002f4065           clgrjl %r14, %r1, 0x7e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0066: v128.load16_splat offset=2
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e3202002001f           lrvh %r2, 2(%r2)
;;      58: b9850022               llghr %r2, %r2
;;      5c: e70200001022           vlvgh %v0, %r2, 0
;;      62: e7000000104d           vreph %v0, %v0, 0
;;   @006a: end
;;      68: e78000000856           vlr %v24, %v0
;;      6e: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      74: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7a: 07fe                   br %r14
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;      7c: 0000                   .insn e,0
;;      7e: a7fbff60               aghi %r15, -0xa0
;;      82: e3b0f0000024           stg %r11, 0(%r15)
;;      88: c0f4fffffffa           jg 0x7c
;; wasm[0]::function[2] (load32_zero): kindling, s390x-unknown-linux-gnu: 28 instructions, 140 bytes
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002e4065           clgrjl %r14, %r1, 0x7c
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @006f: v128.load32_zero
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e3102000001e           lrv %r1, 0(%r2)
;;      58: b9160011               llgfr %r1, %r1
;;      5c: a7090000               lghi %r0, 0
;;      60: e70010000062           vlvgp %v0, %r0, %r1
;;   @0073: end
;;      66: e78000000856           vlr %v24, %v0
;;      6c: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      72: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      78: 07fe                   br %r14
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;      7a: 0000                   .insn e,0
;;      7c: a7fbff60               aghi %r15, -0xa0
;;      80: e3b0f0000024           stg %r11, 0(%r15)
;;      86: c0f4fffffffa           jg 0x7a
;; wasm[0]::function[3] (load64_zero): kindling, s390x-unknown-linux-gnu: 27 instructions, 136 bytes
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002c4065           clgrjl %r14, %r1, 0x78
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0078: v128.load64_zero
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e3102000000f           lrvg %r1, 0(%r2)
;;      58: a7090000               lghi %r0, 0
;;      5c: e70010000062           vlvgp %v0, %r0, %r1
;;   @007c: end
;;      62: e78000000856           vlr %v24, %v0
;;      68: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      6e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      74: 07fe                   br %r14
;;   @0075: (func (;3;) (type 0) (param i32) (result v128)
;;      76: 0000                   .insn e,0
;;      78: a7fbff60               aghi %r15, -0xa0
;;      7c: e3b0f0000024           stg %r11, 0(%r15)
;;      82: c0f4fffffffa           jg 0x76
