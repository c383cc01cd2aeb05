;; Lane negation is 0 - x.
(module
  (func (export "f") (param v128) (result v128) (i32x4.neg (local.get 0))))

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
;;      3a: e70800000c56           vlr %v16, %v24
;;   @0022: i32x4.neg
;;      40: e70000000456           vlr %v0, %v16
;;      46: e71000000044           vzero %v1
;;      4c: e711000020f7           vsf %v1, %v1, %v0
;;   @0025: end
;;      52: e78100000856           vlr %v24, %v1
;;      58: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      5e: 07fe                   br %r14
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      60: 0000                   .insn e,0
;;      62: a7fbff60               aghi %r15, -0xa0
;;      66: e3b0f0000024           stg %r11, 0(%r15)
;;      6c: c0f4fffffffa           jg 0x60
