;; Float width conversions and reinterpretation.
(module (func (export "f") (param f64) (result i64) local.get 0 f32.demote_f64 f64.promote_f32 i64.reinterpret_f64))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 22 instructions, 114 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff30           agfi %r14, -0xd0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100214065           clgrjl %r14, %r1, 0x62
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70000000856           vlr %v16, %v0
;;   @0022: f32.demote_f64
;;      40: e70000000456           vlr %v0, %v16
;;      46: e700000830c5           wledb %f0, %f0, 0, 0
;;   @0023: f64.promote_f32
;;      4c: e700000820c4           wldeb %f0, %f0
;;   @0024: i64.reinterpret_f64
;;      52: e72000003021           vlgvg %r2, %v0, 0
;;   @0025: end
;;      58: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5e: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      60: 0000                   .insn e,0
;;      62: a7fbff60               aghi %r15, -0xa0
;;      66: e3b0f0000024           stg %r11, 0(%r15)
;;      6c: c0f4fffffffa           jg 0x60
