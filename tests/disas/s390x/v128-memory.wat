;; v128 loads and stores on z14: wasm memory is little-endian, so each
;; access byte-reverses, through two general registers (the high half first,
;; so a fault leaves nothing written); lane loads, splats and extends.
(module (memory 1)
  (func (export "copy") (param i32)
    (v128.store offset=16 (local.get 0) (v128.load (local.get 0))))
  (func (export "lane") (param i32 v128) (result v128)
    (v128.load32_lane 1 (local.get 0) (local.get 1)))
  (func (export "splat") (param i32) (result v128) (v128.load16_splat (local.get 0)))
  (func (export "extend") (param i32) (result v128) (v128.load8x8_u (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (copy): kindling, s390x-unknown-linux-gnu: 32 instructions, 164 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1003a4065           clgrjl %r14, %r1, 0x94
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;   @0051: v128.load
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e3102008000f           lrvg %r1, 8(%r2)
;;      58: e3002000000f           lrvg %r0, 0(%r2)
;;      5e: e70100000062           vlvgp %v0, %r1, %r0
;;   @0055: v128.store offset=16
;;      64: b9160027               llgfr %r2, %r7
;;      68: b9e8c022               agrk %r2, %r2, %r12
;;      6c: e71000003021           vlgvg %r1, %v0, 0
;;      72: e70000013021           vlgvg %r0, %v0, 1
;;      78: e3102018002f           strvg %r1, 0x18(%r2)
;;      7e: e3002010002f           strvg %r0, 0x10(%r2)
;;   @0059: end
;;      84: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      8a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      90: 07fe                   br %r14
;;   @004c: (func (;0;) (type 0) (param i32)
;;      92: 0000                   .insn e,0
;;      94: a7fbff60               aghi %r15, -0xa0
;;      98: e3b0f0000024           stg %r11, 0(%r15)
;;      9e: c0f4fffffffa           jg 0x92
;; wasm[0]::function[1] (lane): kindling, s390x-unknown-linux-gnu: 28 instructions, 144 bytes
;;   @004c: (func (;0;) (type 0) (param i32)
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
;;   @0060: v128.load32_lane 1
;;      50: e70000000456           vlr %v0, %v16
;;      56: b9160027               llgfr %r2, %r7
;;      5a: b9e8c022               agrk %r2, %r2, %r12
;;      5e: e3202000001e           lrv %r2, 0(%r2)
;;      64: e70200022022           vlvgf %v0, %r2, 2
;;   @0065: end
;;      6a: e78000000856           vlr %v24, %v0
;;      70: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;;   @005b: (func (;1;) (type 1) (param i32 v128) (result v128)
;;      7e: 0000                   .insn e,0
;;      80: a7fbff60               aghi %r15, -0xa0
;;      84: e3b0f0000024           stg %r11, 0(%r15)
;;      8a: c0f4fffffffa           jg 0x7e
;; wasm[0]::function[2] (splat): kindling, s390x-unknown-linux-gnu: 28 instructions, 142 bytes
;;   @005b: (func (;1;) (type 1) (param i32 v128) (result v128)
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
;;   @006a: v128.load16_splat
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e3202000001f           lrvh %r2, 0(%r2)
;;      58: b9850022               llghr %r2, %r2
;;      5c: e70200001022           vlvgh %v0, %r2, 0
;;      62: e7000000104d           vreph %v0, %v0, 0
;;   @006e: end
;;      68: e78000000856           vlr %v24, %v0
;;      6e: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      74: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7a: 07fe                   br %r14
;;   @0067: (func (;2;) (type 2) (param i32) (result v128)
;;      7c: 0000                   .insn e,0
;;      7e: a7fbff60               aghi %r15, -0xa0
;;      82: e3b0f0000024           stg %r11, 0(%r15)
;;      88: c0f4fffffffa           jg 0x7c
;; wasm[0]::function[3] (extend): kindling, s390x-unknown-linux-gnu: 28 instructions, 142 bytes
;;   @0067: (func (;2;) (type 2) (param i32) (result v128)
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
;;   @0073: v128.load8x8_u
;;      4a: b9160027               llgfr %r2, %r7
;;      4e: b9e8c022               agrk %r2, %r2, %r12
;;      52: e3102000000f           lrvg %r1, 0(%r2)
;;      58: a7090000               lghi %r0, 0
;;      5c: e70010000062           vlvgp %v0, %r0, %r1
;;      62: e700000000d4           vupllb %v0, %v0
;;   @0077: end
;;      68: e78000000856           vlr %v24, %v0
;;      6e: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      74: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7a: 07fe                   br %r14
;;   @0070: (func (;3;) (type 2) (param i32) (result v128)
;;      7c: 0000                   .insn e,0
;;      7e: a7fbff60               aghi %r15, -0xa0
;;      82: e3b0f0000024           stg %r11, 0(%r15)
;;      88: c0f4fffffffa           jg 0x7c
