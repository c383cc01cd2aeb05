;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 30 instructions, 150 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100334065           clgrjl %r14, %r1, 0x86
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: b9040085               lgr %r8, %r5
;;   @0028: br_if 0 (;@1;)
;;      4e: ec78000f4077           clrjl %r7, %r8, 0x6c
;;   @002c: return
;;      54: a7290001               lghi %r2, 1
;;      58: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      5e: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @0030: end
;;      6c: a7290002               lghi %r2, 2
;;      70: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      76: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      7c: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      82: 07fe                   br %r14
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      84: 0000                   .insn e,0
;;      86: a7fbff60               aghi %r15, -0xa0
;;      8a: e3b0f0000024           stg %r11, 0(%r15)
;;      90: c0f4fffffffa           jg 0x84
