;; Relaxed 8-bit dot products.
(module
  (func (export "dot") (param v128 v128) (result v128) (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128) (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (dot): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
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
;;   @0039: i16x8.relaxed_dot_i8x16_i7x16_s
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 3fc0200e               smull v31.8h, v1.8b, v0.8b
;;      3c: 21c0204e               smull2 v1.8h, v1.16b, v0.16b
;;      40: e1bf614e               addp v1.8h, v31.8h, v1.8h
;;   @003c: end
;;      44: 201ca14e               mov v0.16b, v1.16b
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[1] (dot_add): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc301d1               sub sp, sp, #0x70
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43020054               b.lo #0x64
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;      30: 521ca24e               mov v18.16b, v2.16b
;;   @0045: i32x4.relaxed_dot_i8x16_i7x16_add_s
;;      34: 401eb24e               mov v0.16b, v18.16b
;;      38: 211eb14e               mov v1.16b, v17.16b
;;      3c: 021eb04e               mov v2.16b, v16.16b
;;      40: 5fc0210e               smull v31.8h, v2.8b, v1.8b
;;      44: 5ec0214e               smull2 v30.8h, v2.16b, v1.16b
;;      48: febf7e4e               addp v30.8h, v31.8h, v30.8h
;;      4c: de2b604e               saddlp v30.4s, v30.8h
;;      50: c287a04e               add v2.4s, v30.4s, v0.4s
;;   @0048: end
;;      54: 401ca24e               mov v0.16b, v2.16b
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @003e: (func (;1;) (type 1) (param v128 v128 v128) (result v128)
;;      64: 00000000               udf #0
