;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, the NaN lanes of a float lane result become the canonical
;; NaN: (x & (x == x)) | (canonical & !(x == x)).
(module (func (export "f") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83020054               b.lo #0x6c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @0025: f32x4.add
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 21d4204e               fadd v1.4s, v1.4s, v0.4s
;;      3c: 20e4214e               fcmeq v0.4s, v1.4s, v1.4s
;;      40: f0230ab2               mov x16, #0x7fc000007fc00000
;;      44: 0202679e               fmov d2, x16
;;      48: f0230ab2               mov x16, #0x7fc000007fc00000
;;      4c: 021e184e               mov v2.d[1], x16
;;      50: 211c204e               and v1.16b, v1.16b, v0.16b
;;      54: 421c604e               bic v2.16b, v2.16b, v0.16b
;;      58: 211ca24e               orr v1.16b, v1.16b, v2.16b
;;   @0028: end
;;      5c: 201ca14e               mov v0.16b, v1.16b
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      6c: 00000000               udf #0
