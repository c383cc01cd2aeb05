;; i64x2.mul has no instruction on SSE4 or NEON: x86_64 builds it from 32-bit halves with
;; pmuludq, aarch64 multiplies each lane in general registers.
(module
  (func (export "f") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83020054               b.lo #0x6c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @0025: i64x2.mul
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 303c184e               mov x16, v1.d[1]
;;      3c: 113c184e               mov x17, v0.d[1]
;;      40: 107e119b               mul x16, x16, x17
;;      44: 1f1e184e               mov v31.d[1], x16
;;      48: 303c084e               mov x16, v1.d[0]
;;      4c: 113c084e               mov x17, v0.d[0]
;;      50: 107e119b               mul x16, x16, x17
;;      54: 1f1e084e               mov v31.d[0], x16
;;      58: e11fbf4e               mov v1.16b, v31.16b
;;   @0028: end
;;      5c: 201ca14e               mov v0.16b, v1.16b
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      6c: 00000000               udf #0
