;; Relaxed min/max and truncations.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "trunc") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @003c: f32x4.relaxed_min
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 21f4a04e               fmin v1.4s, v1.4s, v0.4s
;;   @003f: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[1] (max): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @0046: f64x2.relaxed_max
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 21f4604e               fmax v1.2d, v1.2d, v0.2d
;;   @0049: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[2] (trunc): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23010054               b.lo #0x40
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @004e: i32x4.relaxed_trunc_f32x4_s
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00b8a14e               fcvtzs v0.4s, v0.4s
;;   @0051: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @004b: (func (;2;) (type 1) (param v128) (result v128)
;;      40: 00000000               udf #0
