;; Relaxed multiply-add: fused where the ISA (or x86_64's `has_fma`) has it, as Cranelift does.
(module
  (func (export "madd") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd") (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (madd): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc301d1               sub sp, sp, #0x70
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03020054               b.lo #0x5c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;      30: 521ca24e               mov v18.16b, v2.16b
;;   @0034: f32x4.relaxed_madd
;;      34: 401eb24e               mov v0.16b, v18.16b
;;      38: 211eb14e               mov v1.16b, v17.16b
;;      3c: 021eb04e               mov v2.16b, v16.16b
;;      40: 1f1ca04e               mov v31.16b, v0.16b
;;      44: 5fcc214e               fmla v31.4s, v2.4s, v1.4s
;;      48: e21fbf4e               mov v2.16b, v31.16b
;;   @0037: end
;;      4c: 401ca24e               mov v0.16b, v2.16b
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[1] (nmadd): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc301d1               sub sp, sp, #0x70
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03020054               b.lo #0x5c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;      30: 521ca24e               mov v18.16b, v2.16b
;;   @0040: f64x2.relaxed_nmadd
;;      34: 401eb24e               mov v0.16b, v18.16b
;;      38: 211eb14e               mov v1.16b, v17.16b
;;      3c: 021eb04e               mov v2.16b, v16.16b
;;      40: 1f1ca04e               mov v31.16b, v0.16b
;;      44: 5fcce14e               fmls v31.2d, v2.2d, v1.2d
;;      48: e21fbf4e               mov v2.16b, v31.16b
;;   @0043: end
;;      4c: 401ca24e               mov v0.16b, v2.16b
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0039: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      5c: 00000000               udf #0
