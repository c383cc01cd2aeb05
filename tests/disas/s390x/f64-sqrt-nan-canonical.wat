;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, sqrt's NaN becomes the canonical 0x7ff8000000000000.
(module (func (export "f") (param f64) (result f64) (f64.sqrt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 26 instructions, 136 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002c4065           clgrjl %r14, %r1, 0x78
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70000000856           vlr %v16, %v0
;;   @0022: f64.sqrt
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000830ce           wfsqdb %f0, %f0
;;      4c: e700000030cb           wfcdb %f0, %f0
;;      52: a7290000               lghi %r2, 0
;;      56: ec2700010046           locghine %r2, 1
;;      5c: ec280009007e           cije %r2, 0, 0x6e
;;      62: c01e7ff80000           llihf %r1, 0x7ff80000
;;      68: e70100003022           vlvgg %v0, %r1, 0
;;   @0023: end
;;      6e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      74: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      76: 0000                   .insn e,0
;;      78: a7fbff60               aghi %r15, -0xa0
;;      7c: e3b0f0000024           stg %r11, 0(%r15)
;;      82: c0f4fffffffa           jg 0x76
