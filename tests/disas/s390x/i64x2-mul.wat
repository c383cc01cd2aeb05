;; i64x2.mul has no instruction on SSE4 or NEON: x86_64 builds it from 32-bit halves with
;; pmuludq, aarch64 multiplies each lane in general registers.
(module
  (func (export "f") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 29 instructions, 152 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100344065           clgrjl %r14, %r1, 0x88
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0025: i64x2.mul
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e71100003021           vlgvg %r1, %v1, 0
;;      58: e70000003021           vlgvg %r0, %v0, 0
;;      5e: b90c0010               msgr %r1, %r0
;;      62: e70100013021           vlgvg %r0, %v1, 1
;;      68: e7e000013021           vlgvg %r14, %v0, 1
;;      6e: b90c000e               msgr %r0, %r14
;;      72: e71100000062           vlvgp %v1, %r1, %r0
;;   @0028: end
;;      78: e78100000856           vlr %v24, %v1
;;      7e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      84: 07fe                   br %r14
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      86: 0000                   .insn e,0
;;      88: a7fbff60               aghi %r15, -0xa0
;;      8c: e3b0f0000024           stg %r11, 0(%r15)
;;      92: c0f4fffffffa           jg 0x86
