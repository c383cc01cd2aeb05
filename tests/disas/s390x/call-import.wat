;; A call to an imported (host) function.
(module (import "env" "h" (func $h (param i64) (result i64))) (func (export "f") (param i64) (result i64) local.get 0 call $h))

;; ==== kindling disas ====
;; wasm[0]::function[1] (f): kindling, s390x-unknown-linux-gnu: 26 instructions, 128 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100284065           clgrjl %r14, %r1, 0x70
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      40: b9040074               lgr %r7, %r4
;;   @002d: call $h
;;      44: b904003d               lgr %r3, %r13
;;      48: b9040047               lgr %r4, %r7
;;      4c: e320d0600004           lg %r2, 0x60(%r13)
;;      52: e3a0d0480004           lg %r10, 0x48(%r13)
;;      58: 0dea                   basr %r14, %r10
;;      5a: e3d0bff8ff04           lg %r13, -8(%r11)
;;   @002f: end
;;      60: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      66: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6c: 07fe                   br %r14
;;   @002a: (func (;1;) (type 0) (param i64) (result i64)
;;      6e: 0000                   .insn e,0
;;      70: a7fbff60               aghi %r15, -0xa0
;;      74: e3b0f0000024           stg %r11, 0(%r15)
;;      7a: c0f4fffffffa           jg 0x6e
