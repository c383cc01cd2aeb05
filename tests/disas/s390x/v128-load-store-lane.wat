;; Lane loads and stores, composed from a scalar access and a lane move.
(module
  (memory 1)
  (func (export "load8_lane") (param i32 v128) (result v128) (v128.load8_lane 9 (local.get 0) (local.get 1)))
  (func (export "load64_lane") (param i32 v128) (result v128) (v128.load64_lane 1 (local.get 0) (local.get 1)))
  (func (export "store16_lane") (param i32 v128) (v128.store16_lane 3 (local.get 0) (local.get 1)))
  (func (export "store32_lane") (param i32 v128) (v128.store32_lane 2 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8_lane): kindling, s390x-unknown-linux-gnu: 28 instructions, 144 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100304065           clgrjl %r14, %r1, 0x80
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: e70800000c56           vlr %v16, %v24
;;   @0067: v128.load8_lane 9
;;      50: e70000000456           vlr %v0, %v16
;;      56: b9160027               llgfr %r2, %r7
;;      5a: b9e8c022               agrk %r2, %r2, %r12
;;      5e: e32020000090           llgc %r2, 0(%r2)
;;      64: e70200060022           vlvgb %v0, %r2, 6
;;   @006c: end
;;      6a: e78000000856           vlr %v24, %v0
;;      70: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;      7e: 0000                   .insn e,0
;;      80: a7fbff60               aghi %r15, -0xa0
;;      84: e3b0f0000024           stg %r11, 0(%r15)
;;      8a: c0f4fffffffa           jg 0x7e
;; wasm[0]::function[1] (load64_lane): kindling, s390x-unknown-linux-gnu: 28 instructions, 144 bytes
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100304065           clgrjl %r14, %r1, 0x80
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: e70800000c56           vlr %v16, %v24
;;   @0073: v128.load64_lane 1
;;      50: e70000000456           vlr %v0, %v16
;;      56: b9160027               llgfr %r2, %r7
;;      5a: b9e8c022               agrk %r2, %r2, %r12
;;      5e: e3202000000f           lrvg %r2, 0(%r2)
;;      64: e70200003022           vlvgg %v0, %r2, 0
;;   @0078: end
;;      6a: e78000000856           vlr %v24, %v0
;;      70: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;      7e: 0000                   .insn e,0
;;      80: a7fbff60               aghi %r15, -0xa0
;;      84: e3b0f0000024           stg %r11, 0(%r15)
;;      8a: c0f4fffffffa           jg 0x7e
;; wasm[0]::function[2] (store16_lane): kindling, s390x-unknown-linux-gnu: 27 instructions, 138 bytes
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
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
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: e70800000c56           vlr %v16, %v24
;;   @007f: v128.store16_lane 3
;;      50: e70000000456           vlr %v0, %v16
;;      56: e72000041021           vlgvh %r2, %v0, 4
;;      5c: b9160037               llgfr %r3, %r7
;;      60: b9e8c033               agrk %r3, %r3, %r12
;;      64: e3203000003f           strvh %r2, 0(%r3)
;;   @0084: end
;;      6a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
;; wasm[0]::function[3] (store32_lane): kindling, s390x-unknown-linux-gnu: 27 instructions, 138 bytes
;;   @007a: (func (;2;) (type 1) (param i32 v128)
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
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: e70800000c56           vlr %v16, %v24
;;   @008b: v128.store32_lane 2
;;      50: e70000000456           vlr %v0, %v16
;;      56: e72000012021           vlgvf %r2, %v0, 1
;;      5c: b9160037               llgfr %r3, %r7
;;      60: b9e8c033               agrk %r3, %r3, %r12
;;      64: e3203000003e           strv %r2, 0(%r3)
;;   @0090: end
;;      6a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      70: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      76: 07fe                   br %r14
;;   @0086: (func (;3;) (type 1) (param i32 v128)
;;      78: 0000                   .insn e,0
;;      7a: a7fbff60               aghi %r15, -0xa0
;;      7e: e3b0f0000024           stg %r11, 0(%r15)
;;      84: c0f4fffffffa           jg 0x78
