;; Relaxed min/max and truncations.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "trunc") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83010054               b.lo #0x50
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @003c: f32x4.relaxed_min
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 21f4a04e               fmin v1.4s, v1.4s, v0.4s
;;   @003f: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[1] (max): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83010054               b.lo #0x50
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @0046: f64x2.relaxed_max
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 21f4604e               fmax v1.2d, v1.2d, v0.2d
;;   @0049: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[2] (trunc): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23010054               b.lo #0x44
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;   @004e: i32x4.relaxed_trunc_f32x4_s
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 00b8a14e               fcvtzs v0.4s, v0.4s
;;   @0051: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @004b: (func (;2;) (type 1) (param v128) (result v128)
;;      44: 00000000               udf #0
