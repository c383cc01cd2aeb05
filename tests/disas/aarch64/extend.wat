;; Lane extension of the low and high halves.
(module
  (func (export "low_s") (param v128) (result v128) (i16x8.extend_low_i8x16_s (local.get 0)))
  (func (export "high_u") (param v128) (result v128) (i32x4.extend_high_i16x8_u (local.get 0)))
  (func (export "low64_s") (param v128) (result v128) (i64x2.extend_low_i32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (low_s): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
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
;;   @003b: i16x8.extend_low_i8x16_s
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00a4080f               sshll v0.8h, v0.8b, #0
;;   @003e: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[1] (high_u): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0043: i32x4.extend_high_i16x8_u
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00a4106f               ushll2 v0.4s, v0.8h, #0
;;   @0046: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[2] (low64_s): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @004b: i64x2.extend_low_i32x4_s
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00a4200f               sshll v0.2d, v0.2s, #0
;;   @004e: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0048: (func (;2;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
