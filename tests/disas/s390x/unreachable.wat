;; unreachable traps through an out-of-line stub.
(module (func (export "f") unreachable))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 16 instructions, 78 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff50           agfi %r14, -0xb0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1000f4065           clgrjl %r14, %r1, 0x3e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;   @001e: unreachable
;;      3a: 0000                   .insn e,0
;;   @001d: (func (;0;) (type 0)
;;      3c: 0000                   .insn e,0
;;      3e: a7fbff60               aghi %r15, -0xa0
;;      42: e3b0f0000024           stg %r11, 0(%r15)
;;      48: c0f4fffffffa           jg 0x3c
