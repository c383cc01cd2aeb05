;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, the NaN lanes of a float lane result become the canonical
;; NaN: (x & (x == x)) | (canonical & !(x == x)).
(module (func (export "f") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83020054               b.lo #0x70
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @0025: f32x4.add
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 21d4204e               fadd v1.4s, v1.4s, v0.4s
;;      40: 20e4214e               fcmeq v0.4s, v1.4s, v1.4s
;;      44: f0230ab2               mov x16, #0x7fc000007fc00000
;;      48: 0202679e               fmov d2, x16
;;      4c: f0230ab2               mov x16, #0x7fc000007fc00000
;;      50: 021e184e               mov v2.d[1], x16
;;      54: 211c204e               and v1.16b, v1.16b, v0.16b
;;      58: 421c604e               bic v2.16b, v2.16b, v0.16b
;;      5c: 211ca24e               orr v1.16b, v1.16b, v2.16b
;;   @0028: end
;;      60: 201ca14e               mov v0.16b, v1.16b
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      70: 00000000               udf #0
