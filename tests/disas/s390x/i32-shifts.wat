;; Shifts by a register (through cl) and by an immediate.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.shl i32.const 3 i32.shr_u local.get 1 i32.shr_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 28 instructions, 146 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100314065           clgrjl %r14, %r1, 0x82
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: e380bfe0ff24           stg %r8, -0x20(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: b9040085               lgr %r8, %r5
;;   @0025: i32.shl
;;      4e: ec183bbf0055           risbg %r1, %r8, 0x3b, 0xbf, 0
;;      54: eb27100000df           sllk %r2, %r7, 0(%r1)
;;   @0028: i32.shr_u
;;      5a: eb22000300de           srlk %r2, %r2, 3
;;   @002b: i32.shr_s
;;      60: ec183bbf0055           risbg %r1, %r8, 0x3b, 0xbf, 0
;;      66: eb22100000dc           srak %r2, %r2, 0(%r1)
;;   @002c: end
;;      6c: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      72: e380bfe0ff04           lg %r8, -0x20(%r11)
;;      78: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7e: 07fe                   br %r14
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      80: 0000                   .insn e,0
;;      82: a7fbff60               aghi %r15, -0xa0
;;      86: e3b0f0000024           stg %r11, 0(%r15)
;;      8c: c0f4fffffffa           jg 0x80
