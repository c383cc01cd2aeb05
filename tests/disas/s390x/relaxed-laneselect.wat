;; Relaxed lane select: the top bit of each mask lane on x86_64 (as `blendv`), a bit select on aarch64.
(module
  (func (export "i8") (param v128 v128 v128) (result v128) (i8x16.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i32") (param v128 v128 v128) (result v128) (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, s390x-unknown-linux-gnu: 25 instructions, 132 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffef0           agfi %r14, -0x110
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002a4065           clgrjl %r14, %r1, 0x74
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;      46: e72a00000c56           vlr %v18, %v26
;;   @0030: i8x16.relaxed_laneselect
;;      4c: e70200000456           vlr %v0, %v18
;;      52: e71100000456           vlr %v1, %v17
;;      58: e72000000456           vlr %v2, %v16
;;      5e: e7221000008d           vsel %v2, %v2, %v1, %v0
;;   @0033: end
;;      64: e78200000856           vlr %v24, %v2
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @0029: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
;; wasm[0]::function[1] (i32): kindling, s390x-unknown-linux-gnu: 25 instructions, 132 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffef0           agfi %r14, -0x110
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece1002a4065           clgrjl %r14, %r1, 0x74
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;      46: e72a00000c56           vlr %v18, %v26
;;   @003c: i32x4.relaxed_laneselect
;;      4c: e70200000456           vlr %v0, %v18
;;      52: e71100000456           vlr %v1, %v17
;;      58: e72000000456           vlr %v2, %v16
;;      5e: e7221000008d           vsel %v2, %v2, %v1, %v0
;;   @003f: end
;;      64: e78200000856           vlr %v24, %v2
;;      6a: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      70: 07fe                   br %r14
;;   @0035: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      72: 0000                   .insn e,0
;;      74: a7fbff60               aghi %r15, -0xa0
;;      78: e3b0f0000024           stg %r11, 0(%r15)
;;      7e: c0f4fffffffa           jg 0x72
