;; A counting loop.
(module (func (export "f") (param i32) (result i32) (local i32) loop local.get 1 i32.const 1 i32.add local.set 1 local.get 1 local.get 0 i32.lt_u br_if 0 end local.get 1))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 26 instructions, 132 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002a4065           clgrjl %r14, %r1, 0x74
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: a7890000               lghi %r8, 0
;;   @0028: i32.add
;;      4e: e38080010071           lay %r8, 1(%r8)
;;   @0030: br_if 0 (;@1;)
;;      54: ec87fffd4077           clrjl %r8, %r7, 0x4e
;;   @0035: end
;;      5a: b9040028               lgr %r2, %r8
;;      5e: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      64: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
