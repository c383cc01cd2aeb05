;; `v128.any_true` and `all_true` in each lane size.
(module
  (func (export "any") (param v128) (result i32) (v128.any_true (local.get 0)))
  (func (export "all8") (param v128) (result i32) (i8x16.all_true (local.get 0)))
  (func (export "all32") (param v128) (result i32) (i32x4.all_true (local.get 0)))
  (func (export "all64") (param v128) (result i32) (i64x2.all_true (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (any): kindling, s390x-unknown-linux-gnu: 22 instructions, 112 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100204065           clgrjl %r14, %r1, 0x60
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @003e: v128.any_true
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000000d8           vtm %v0, %v0
;;      4c: a7290000               lghi %r2, 0
;;      50: ec2700010046           locghine %r2, 1
;;   @0040: end
;;      56: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5c: 07fe                   br %r14
;;   @003b: (func (;0;) (type 0) (param v128) (result i32)
;;      5e: 0000                   .insn e,0
;;      60: a7fbff60               aghi %r15, -0xa0
;;      64: e3b0f0000024           stg %r11, 0(%r15)
;;      6a: c0f4fffffffa           jg 0x5e
;; wasm[0]::function[1] (all8): kindling, s390x-unknown-linux-gnu: 23 instructions, 118 bytes
;;   @003b: (func (;0;) (type 0) (param v128) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100234065           clgrjl %r14, %r1, 0x66
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0045: i8x16.all_true
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000000844           vzero %v30
;;      4c: e7e0e0100af8           vceqbs %v30, %v0, %v30
;;      52: a7290000               lghi %r2, 0
;;      56: ec2100010046           locghio %r2, 1
;;   @0047: end
;;      5c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      62: 07fe                   br %r14
;;   @0042: (func (;1;) (type 0) (param v128) (result i32)
;;      64: 0000                   .insn e,0
;;      66: a7fbff60               aghi %r15, -0xa0
;;      6a: e3b0f0000024           stg %r11, 0(%r15)
;;      70: c0f4fffffffa           jg 0x64
;; wasm[0]::function[2] (all32): kindling, s390x-unknown-linux-gnu: 23 instructions, 118 bytes
;;   @0042: (func (;1;) (type 0) (param v128) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100234065           clgrjl %r14, %r1, 0x66
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @004c: i32x4.all_true
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000000844           vzero %v30
;;      4c: e7e0e0102af8           vceqfs %v30, %v0, %v30
;;      52: a7290000               lghi %r2, 0
;;      56: ec2100010046           locghio %r2, 1
;;   @004f: end
;;      5c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      62: 07fe                   br %r14
;;   @0049: (func (;2;) (type 0) (param v128) (result i32)
;;      64: 0000                   .insn e,0
;;      66: a7fbff60               aghi %r15, -0xa0
;;      6a: e3b0f0000024           stg %r11, 0(%r15)
;;      70: c0f4fffffffa           jg 0x64
;; wasm[0]::function[3] (all64): kindling, s390x-unknown-linux-gnu: 23 instructions, 118 bytes
;;   @0049: (func (;2;) (type 0) (param v128) (result i32)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100234065           clgrjl %r14, %r1, 0x66
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0054: i64x2.all_true
;;      40: e70000000456           vlr %v0, %v16
;;      46: e7e000000844           vzero %v30
;;      4c: e7e0e0103af8           vceqgs %v30, %v0, %v30
;;      52: a7290000               lghi %r2, 0
;;      56: ec2100010046           locghio %r2, 1
;;   @0057: end
;;      5c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      62: 07fe                   br %r14
;;   @0051: (func (;3;) (type 0) (param v128) (result i32)
;;      64: 0000                   .insn e,0
;;      66: a7fbff60               aghi %r15, -0xa0
;;      6a: e3b0f0000024           stg %r11, 0(%r15)
;;      70: c0f4fffffffa           jg 0x64
