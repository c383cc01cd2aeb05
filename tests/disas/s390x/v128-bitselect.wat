;; v128.bitselect(a, b, mask) = (a & mask) | (b & !mask), from three two-operand operations.
(module
  (func (export "f") (param v128 v128 v128) (result v128)
    (v128.bitselect (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, s390x-unknown-linux-gnu: 27 instructions, 144 bytes
;;       0: ebbff0580024           stmg %r11, %r15, 0x58(%r15)
;;       6: b90400bf               lgr %r11, %r15
;;       a: b90400ef               lgr %r14, %r15
;;       e: c2e8fffffef0           agfi %r14, -0x110
;;      14: e31020080004           lg %r1, 8(%r2)
;;      1a: e31010000004           lg %r1, 0(%r1)
;;      20: ece100304065           clgrjl %r14, %r1, 0x80
;;      26: b90400fe               lgr %r15, %r14
;;      2a: e3b0f0000024           stg %r11, 0(%r15)
;;      30: b90400d2               lgr %r13, %r2
;;      34: e3d0bff8ff24           stg %r13, -8(%r11)
;;      3a: e70800000c56           vlr %v16, %v24
;;      40: e71900000c56           vlr %v17, %v25
;;      46: e72a00000c56           vlr %v18, %v26
;;   @0028: v128.bitselect
;;      4c: e70200000456           vlr %v0, %v18
;;      52: e71100000456           vlr %v1, %v17
;;      58: e72000000456           vlr %v2, %v16
;;      5e: e72200000068           vn %v2, %v2, %v0
;;      64: e71100000069           vnc %v1, %v1, %v0
;;      6a: e7221000006a           vo %v2, %v2, %v1
;;   @002a: end
;;      70: e78200000856           vlr %v24, %v2
;;      76: ebbfb0580004           lmg %r11, %r15, 0x58(%r11)
;;      7c: 07fe                   br %r14
;;   @0021: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      7e: 0000                   .insn e,0
;;      80: a7fbff60               aghi %r15, -0xa0
;;      84: e3b0f0000024           stg %r11, 0(%r15)
;;      8a: c0f4fffffffa           jg 0x7e
