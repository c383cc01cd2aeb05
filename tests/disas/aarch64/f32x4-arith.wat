;; Float lane arithmetic: one instruction each; neg flips the sign bits.
(module
  (func (export "add") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1)))
  (func (export "div") (param v128 v128) (result v128) (f64x2.div (local.get 0) (local.get 1)))
  (func (export "sqrt") (param v128) (result v128) (f32x4.sqrt (local.get 0)))
  (func (export "neg") (param v128) (result v128) (f64x2.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
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
;;   @0042: f32x4.add
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 21d4204e               fadd v1.4s, v1.4s, v0.4s
;;   @0045: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[1] (div): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @004c: f64x2.div
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 21fc606e               fdiv v1.2d, v1.2d, v0.2d
;;   @004f: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[2] (sqrt): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @0054: f32x4.sqrt
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 00f8a16e               fsqrt v0.4s, v0.4s
;;   @0057: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[3] (neg): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
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
;;   @005c: f64x2.neg
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 00f8e06e               fneg v0.2d, v0.2d
;;   @005f: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0059: (func (;3;) (type 1) (param v128) (result v128)
;;      44: 00000000               udf #0
