;; An immediate operand: the constant stays latent and becomes `add r, imm`.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.const 100 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 21 instructions, 106 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff20           agfi %r14, -0xe0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1001d4065           clgrjl %r14, %r1, 0x5a
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @0025: i32.add
;;      44: e32070640071           lay %r2, 0x64(%r7)
;;   @0026: end
;;      4a: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      50: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      56: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      58: 0000                   .insn e,0
;;      5a: a7fbff60               aghi %r15, -0xa0
;;      5e: e3b0f0000024           stg %r11, 0(%r15)
;;      64: c0f4fffffffa           jg 0x58
