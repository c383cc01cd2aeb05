;; Pairwise extended additions and the 16-bit dot product.
(module
  (func (export "add16_s") (param v128) (result v128) (i16x8.extadd_pairwise_i8x16_s (local.get 0)))
  (func (export "add32_u") (param v128) (result v128) (i32x4.extadd_pairwise_i16x8_u (local.get 0)))
  (func (export "dot") (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add16_s): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
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
;;   @0040: i16x8.extadd_pairwise_i8x16_s
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 0028204e               saddlp v0.8h, v0.16b
;;   @0042: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[1] (add32_u): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0047: i32x4.extadd_pairwise_i16x8_u
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 0028606e               uaddlp v0.4s, v0.8h
;;   @0049: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[2] (dot): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @0050: i32x4.dot_i16x8_s
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 3fc0600e               smull v31.4s, v1.4h, v0.4h
;;      3c: 21c0604e               smull2 v1.4s, v1.8h, v0.8h
;;      40: e1bfa14e               addp v1.4s, v31.4s, v1.4s
;;   @0053: end
;;      44: 201ca14e               mov v0.16b, v1.16b
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @004b: (func (;2;) (type 1) (param v128 v128) (result v128)
;;      54: 00000000               udf #0
