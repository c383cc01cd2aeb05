;; v128 arguments beyond the argument registers go in 16-byte, 16-byte-aligned stack slots.
(module
  (func $many (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128) (i32x4.add (local.get 9) (local.get 10)))
  (func (export "call") (param v128) (result v128) (call $many (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (i32.const 1) (local.get 0) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (many): kindling, s390x-unknown-linux-gnu: 41 instructions, 212 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffe80           agfi %r14, -0x180
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100524065           clgrjl %r14, %r1, 0xc4
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: a7e9ffe0               lghi %r14, -0x20
;;      3e: e78eb000080e           vst %v24, 0(%r14,%r11)
;;      44: a7e9ffd0               lghi %r14, -0x30
;;      48: e79eb000080e           vst %v25, 0(%r14,%r11)
;;      4e: a7e9ffc0               lghi %r14, -0x40
;;      52: e7aeb000080e           vst %v26, 0(%r14,%r11)
;;      58: a7e9ffb0               lghi %r14, -0x50
;;      5c: e7beb000080e           vst %v27, 0(%r14,%r11)
;;      62: a7e9ffa0               lghi %r14, -0x60
;;      66: e7ceb000080e           vst %v28, 0(%r14,%r11)
;;      6c: a7e9ff90               lghi %r14, -0x70
;;      70: e7deb000080e           vst %v29, 0(%r14,%r11)
;;      76: a7e9ff80               lghi %r14, -0x80
;;      7a: e7eeb000080e           vst %v30, 0(%r14,%r11)
;;      80: a7e9ff70               lghi %r14, -0x90
;;      84: e7feb000080e           vst %v31, 0(%r14,%r11)
;;      8a: e340bf68ff50           sty %r4, -0x98(%r11)
;;      90: e700b0a00806           vl %v16, 160(%r11)
;;      96: e710b0b00806           vl %v17, 176(%r11)
;;   @0037: i32x4.add
;;      9c: e70100000456           vlr %v0, %v17
;;      a2: e71000000456           vlr %v1, %v16
;;      a8: e711000020f3           vaf %v1, %v1, %v0
;;   @003a: end
;;      ae: e78100000856           vlr %v24, %v1
;;      b4: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      ba: e3f0f0200071           lay %r15, 0x20(%r15)
;;      c0: 07fe                   br %r14
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;      c2: 0000                   .insn e,0
;;      c4: a7fbff60               aghi %r15, -0xa0
;;      c8: e3b0f0000024           stg %r11, 0(%r15)
;;      ce: c0f4fffffffa           jg 0xc2
;; wasm[0]::function[1] (call): kindling, s390x-unknown-linux-gnu: 40 instructions, 212 bytes
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffe70           agfi %r14, -0x190
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100524065           clgrjl %r14, %r1, 0xc4
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0053: call $many
;;      40: e700f0a0080e           vst %v16, 160(%r15)
;;      46: e700f0b0080e           vst %v16, 176(%r15)
;;      4c: b904002d               lgr %r2, %r13
;;      50: b904003d               lgr %r3, %r13
;;      54: e78000000c56           vlr %v24, %v16
;;      5a: e79000000c56           vlr %v25, %v16
;;      60: e7a000000c56           vlr %v26, %v16
;;      66: e7b000000c56           vlr %v27, %v16
;;      6c: e7c000000c56           vlr %v28, %v16
;;      72: e7d000000c56           vlr %v29, %v16
;;      78: e7e000000c56           vlr %v30, %v16
;;      7e: e7f000000c56           vlr %v31, %v16
;;      84: a7490001               lghi %r4, 1
;;      88: a7e9ffe0               lghi %r14, -0x20
;;      8c: e70eb000080e           vst %v16, 0(%r14,%r11)
;;      92: c0e5ffffff47           brasl %r14, -0xe0
;;      98: e3f0ffe0ff71           lay %r15, -0x20(%r15)
;;      9e: e3d0bff8ff04           lg %r13, -8(%r11)
;;      a4: a7e9ffe0               lghi %r14, -0x20
;;      a8: e70eb0000806           vl %v16, 0(%r14,%r11)
;;      ae: e70800000456           vlr %v0, %v24
;;   @0055: end
;;      b4: e78000000856           vlr %v24, %v0
;;      ba: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      c0: 07fe                   br %r14
;;   @003c: (func (;1;) (type 1) (param v128) (result v128)
;;      c2: 0000                   .insn e,0
;;      c4: a7fbff60               aghi %r15, -0xa0
;;      c8: e3b0f0000024           stg %r11, 0(%r15)
;;      ce: c0f4fffffffa           jg 0xc2
