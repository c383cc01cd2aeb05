;; i64x2.mul has no instruction on SSE4 or NEON: x86_64 builds it from 32-bit halves with
;; pmuludq, aarch64 multiplies each lane in general registers.
(module
  (func (export "f") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83020054               b.lo #0x70
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @0025: i64x2.mul
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 303c184e               mov x16, v1.d[1]
;;      40: 113c184e               mov x17, v0.d[1]
;;      44: 107e119b               mul x16, x16, x17
;;      48: 1f1e184e               mov v31.d[1], x16
;;      4c: 303c084e               mov x16, v1.d[0]
;;      50: 113c084e               mov x17, v0.d[0]
;;      54: 107e119b               mul x16, x16, x17
;;      58: 1f1e084e               mov v31.d[0], x16
;;      5c: e11fbf4e               mov v1.16b, v31.16b
;;   @0028: end
;;      60: 201ca14e               mov v0.16b, v1.16b
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      70: 00000000               udf #0
