;;! no-guard-pages
;; A bounds-checked store.
(module (memory 1) (func (export "f") (param i32 f64) local.get 0 local.get 1 f64.store))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 31 instructions, 160 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100384065           clgrjl %r14, %r1, 0x90
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e3c0d0500004           lg %r12, 0x50(%r13)
;;      40: e370bfe8ff24           stg %r7, -0x18(%r11)
;;      46: b9040074               lgr %r7, %r4
;;      4a: e70000000856           vlr %v16, %v0
;;   @0029: f64.store
;;      50: e70000000456           vlr %v0, %v16
;;      56: b9160027               llgfr %r2, %r7
;;      5a: e33020080071           lay %r3, 8(%r2)
;;      60: b9e8c022               agrk %r2, %r2, %r12
;;      64: e3a0d0580004           lg %r10, 0x58(%r13)
;;      6a: b921003a               clgr %r3, %r10
;;      6e: ec2200000046           locghih %r2, 0
;;      74: e71000003021           vlgvg %r1, %v0, 0
;;      7a: e3102000002f           strvg %r1, 0(%r2)
;;   @002c: end
;;      80: e370bfe8ff04           lg %r7, -0x18(%r11)
;;      86: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      8c: 07fe                   br %r14
;;   @0024: (func (;0;) (type 0) (param i32 f64)
;;      8e: 0000                   .insn e,0
;;      90: a7fbff60               aghi %r15, -0xa0
;;      94: e3b0f0000024           stg %r11, 0(%r15)
;;      9a: c0f4fffffffa           jg 0x8e
