;; The four roundings on f32 and f64 lanes.
(module
  (func (export "ceil") (param v128) (result v128) (f32x4.ceil (local.get 0)))
  (func (export "floor") (param v128) (result v128) (f64x2.floor (local.get 0)))
  (func (export "trunc") (param v128) (result v128) (f32x4.trunc (local.get 0)))
  (func (export "nearest") (param v128) (result v128) (f64x2.nearest (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (ceil): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
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
;;   @0042: f32x4.ceil
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 0088a14e               frintp v0.4s, v0.4s
;;   @0044: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[1] (floor): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @003f: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0049: f64x2.floor
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 0098614e               frintm v0.2d, v0.2d
;;   @004b: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[2] (trunc): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @0050: f32x4.trunc
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 0098a14e               frintz v0.4s, v0.4s
;;   @0052: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[3] (nearest): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @004d: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0057: f64x2.nearest
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 0088614e               frintn v0.2d, v0.2d
;;   @005a: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0054: (func (;3;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
