;; Unsigned 16-bit lane comparisons (SSE2 has none: x86_64 uses saturating subtraction).
(module
  (func (export "gt_u") (param v128 v128) (result v128) (i16x8.gt_u (local.get 0) (local.get 1)))
  (func (export "ge_u") (param v128 v128) (result v128) (i16x8.ge_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt_u): kindling, s390x-unknown-linux-gnu: 23 instructions, 120 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100244065           clgrjl %r14, %r1, 0x68
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0030: i16x8.gt_u
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e711000010f9           vchlh %v1, %v1, %v0
;;   @0032: end
;;      58: e78100000856           vlr %v24, %v1
;;      5e: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      64: 07fe                   br %r14
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      66: 0000                   .insn e,0
;;      68: a7fbff60               aghi %r15, -0xa0
;;      6c: e3b0f0000024           stg %r11, 0(%r15)
;;      72: c0f4fffffffa           jg 0x66
;; wasm[0]::function[1] (ge_u): kindling, s390x-unknown-linux-gnu: 24 instructions, 126 bytes
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8ffffff10           agfi %r14, -0xf0
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100274065           clgrjl %r14, %r1, 0x6e
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;   @0039: i16x8.ge_u
;;      46: e70100000456           vlr %v0, %v17
;;      4c: e71000000456           vlr %v1, %v16
;;      52: e7e0100018f9           vchlh %v30, %v0, %v1
;;      58: e71ee000066b           vno %v1, %v30, %v30
;;   @003b: end
;;      5e: e78100000856           vlr %v24, %v1
;;      64: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      6a: 07fe                   br %r14
;;   @0034: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      6c: 0000                   .insn e,0
;;      6e: a7fbff60               aghi %r15, -0xa0
;;      72: e3b0f0000024           stg %r11, 0(%r15)
;;      78: c0f4fffffffa           jg 0x6c
