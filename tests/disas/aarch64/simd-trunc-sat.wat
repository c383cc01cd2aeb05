;; Saturating float to integer truncations (NaN lanes to 0).
(module
  (func (export "f32_s") (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func (export "f64_u") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_s): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
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
;;   @0041: i32x4.trunc_sat_f32x4_s
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00b8a14e               fcvtzs v0.4s, v0.4s
;;   @0044: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[1] (f32_u): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0049: i32x4.trunc_sat_f32x4_u
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00b8a16e               fcvtzu v0.4s, v0.4s
;;   @004c: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[2] (f64_s): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43010054               b.lo #0x44
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0051: i32x4.trunc_sat_f64x2_s_zero
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00b8e14e               fcvtzs v0.2d, v0.2d
;;      34: 0048a10e               sqxtn v0.2s, v0.2d
;;   @0054: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[3] (f64_u): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43010054               b.lo #0x44
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0059: i32x4.trunc_sat_f64x2_u_zero
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00b8e16e               fcvtzu v0.2d, v0.2d
;;      34: 0048a12e               uqxtn v0.2s, v0.2d
;;   @005c: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0056: (func (;3;) (type 0) (param v128) (result v128)
;;      44: 00000000               udf #0
