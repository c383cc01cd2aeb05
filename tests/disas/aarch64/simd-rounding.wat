;; The four roundings on f32 and f64 lanes.
(module
  (func (export "ceil") (param v128) (result v128) (f32x4.ceil (local.get 0)))
  (func (export "floor") (param v128) (result v128) (f64x2.floor (local.get 0)))
  (func (export "trunc") (param v128) (result v128) (f32x4.trunc (local.get 0)))
  (func (export "nearest") (param v128) (result v128) (f64x2.nearest (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (ceil): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
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
;;   @0042: f32x4.ceil
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 0088a14e               frintp v0.4s, v0.4s
;;   @0044: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[1] (floor): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0049: f64x2.floor
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 0098614e               frintm v0.2d, v0.2d
;;   @004b: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[2] (trunc): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @0050: f32x4.trunc
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 0098a14e               frintz v0.4s, v0.4s
;;   @0052: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[3] (nearest): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0057: f64x2.nearest
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 0088614e               frintn v0.2d, v0.2d
;;   @005a: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0054: (func (;3;) (type 0) (param v128) (result v128)
;;      44: 00000000               udf #0
