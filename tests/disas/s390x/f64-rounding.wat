;; sqrt, ceil, floor, trunc and nearest.
(module (func (export "f") (param f64) (result f64) local.get 0 f64.sqrt f64.ceil f64.floor f64.trunc f64.nearest))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100274065           clgrjl %r14, %r1, 0x6e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70000000856           vlr %v16, %v0
;;   @0022: f64.sqrt
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000830ce           wfsqdb %f0, %f0
;;   @0023: f64.ceil
;;      4c: e700006c30c7           wfidb %f0, %f0, 4, 6
;;   @0024: f64.floor
;;      52: e700007c30c7           wfidb %f0, %f0, 4, 7
;;   @0025: f64.trunc
;;      58: e700005c30c7           wfidb %f0, %f0, 4, 5
;;   @0026: f64.nearest
;;      5e: e700004c30c7           wfidb %f0, %f0, 4, 4
;;   @0027: end
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
