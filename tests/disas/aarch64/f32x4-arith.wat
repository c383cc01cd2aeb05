;; Float lane arithmetic: one instruction each; neg flips the sign bits.
(module
  (func (export "add") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1)))
  (func (export "div") (param v128 v128) (result v128) (f64x2.div (local.get 0) (local.get 1)))
  (func (export "sqrt") (param v128) (result v128) (f32x4.sqrt (local.get 0)))
  (func (export "neg") (param v128) (result v128) (f64x2.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
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
;;   @0042: f32x4.add
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 21d4204e               fadd v1.4s, v1.4s, v0.4s
;;   @0045: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[1] (div): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @004c: f64x2.div
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 21fc606e               fdiv v1.2d, v1.2d, v0.2d
;;   @004f: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[2] (sqrt): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @0054: f32x4.sqrt
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00f8a16e               fsqrt v0.4s, v0.4s
;;   @0057: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[3] (neg): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
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
;;   @005c: f64x2.neg
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00f8e06e               fneg v0.2d, v0.2d
;;   @005f: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0059: (func (;3;) (type 1) (param v128) (result v128)
;;      40: 00000000               udf #0
