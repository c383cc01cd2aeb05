;; `i8x16.shuffle`: an interleave of both operands and a reversal of one.
(module
  (func (export "interleave") (param v128 v128) (result v128) (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "reverse") (param v128 v128) (result v128) (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (interleave): kindling, aarch64-unknown-linux-gnu: 32 instructions, 128 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03030054               b.lo #0x7c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @0039: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 3e1ca14e               mov v30.16b, v1.16b
;;      3c: 1f1ca04e               mov v31.16b, v0.16b
;;      40: 100082d2               mov x16, #0x1000
;;      44: 3020a2f2               movk x16, #0x1101, lsl #16
;;      48: 5040c2f2               movk x16, #0x1202, lsl #32
;;      4c: 7060e2f2               movk x16, #0x1303, lsl #48
;;      50: 0102679e               fmov d1, x16
;;      54: 908082d2               mov x16, #0x1404
;;      58: b0a0a2f2               movk x16, #0x1505, lsl #16
;;      5c: d0c0c2f2               movk x16, #0x1606, lsl #32
;;      60: f0e0e2f2               movk x16, #0x1707, lsl #48
;;      64: 011e184e               mov v1.d[1], x16
;;      68: c123014e               tbl v1.16b, {v30.16b, v31.16b}, v1.16b
;;   @004b: end
;;      6c: 201ca14e               mov v0.16b, v1.16b
;;      70: bf030091               mov sp, x29
;;      74: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      78: c0035fd6               ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      7c: 00000000               udf #0
;; wasm[0]::function[1] (reverse): kindling, aarch64-unknown-linux-gnu: 30 instructions, 120 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3020054               b.lo #0x74
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @0052: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: f0c181d2               mov x16, #0xe0f
;;      3c: b081a1f2               movk x16, #0xc0d, lsl #16
;;      40: 7041c1f2               movk x16, #0xa0b, lsl #32
;;      44: 3001e1f2               movk x16, #0x809, lsl #48
;;      48: 1f02679e               fmov d31, x16
;;      4c: f0c080d2               mov x16, #0x607
;;      50: b080a0f2               movk x16, #0x405, lsl #16
;;      54: 7040c0f2               movk x16, #0x203, lsl #32
;;      58: 3000e0f2               movk x16, #1, lsl #48
;;      5c: 1f1e184e               mov v31.d[1], x16
;;      60: 21001f4e               tbl v1.16b, {v1.16b}, v31.16b
;;   @0064: end
;;      64: 201ca14e               mov v0.16b, v1.16b
;;      68: bf030091               mov sp, x29
;;      6c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      70: c0035fd6               ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      74: 00000000               udf #0
