;; Constant operands fold at compile time.
(module (func (export "f") (result i32) i32.const 6 i32.const 7 i32.mul))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 18 instructions, 88 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100144065           clgrjl %r14, %r1, 0x48
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;   @0024: end
;;      3a: a729002a               lghi %r2, 0x2a
;;      3e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      44: 07fe                   br %r14
;;   @001e: (func (;0;) (type 0) (result i32)
;;      46: 0000                   .insn e,0
;;      48: a7fbff60               aghi %r15, -0xa0
;;      4c: e3b0f0000024           stg %r11, 0(%r15)
;;      52: c0f4fffffffa           jg 0x46
