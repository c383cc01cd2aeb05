;; Saturating narrowing, signed and unsigned.
(module
  (func (export "i8s") (param v128 v128) (result v128) (i8x16.narrow_i16x8_s (local.get 0) (local.get 1)))
  (func (export "i8u") (param v128 v128) (result v128) (i8x16.narrow_i16x8_u (local.get 0) (local.get 1)))
  (func (export "i16s") (param v128 v128) (result v128) (i16x8.narrow_i32x4_s (local.get 0) (local.get 1)))
  (func (export "i16u") (param v128 v128) (result v128) (i16x8.narrow_i32x4_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8s): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3010054               b.lo #0x54
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @003e: i8x16.narrow_i16x8_s
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 2148210e               sqxtn v1.8b, v1.8h
;;      40: 0148214e               sqxtn2 v1.16b, v0.8h
;;   @0040: end
;;      44: 201ca14e               mov v0.16b, v1.16b
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[1] (i8u): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3010054               b.lo #0x54
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @0047: i8x16.narrow_i16x8_u
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 2128212e               sqxtun v1.8b, v1.8h
;;      40: 0128216e               sqxtun2 v1.16b, v0.8h
;;   @0049: end
;;      44: 201ca14e               mov v0.16b, v1.16b
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0042: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[2] (i16s): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @0042: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3010054               b.lo #0x54
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @0050: i16x8.narrow_i32x4_s
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 2148610e               sqxtn v1.4h, v1.4s
;;      40: 0148614e               sqxtn2 v1.8h, v0.4s
;;   @0053: end
;;      44: 201ca14e               mov v0.16b, v1.16b
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @004b: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[3] (i16u): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @004b: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3010054               b.lo #0x54
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @005a: i16x8.narrow_i32x4_u
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 2128612e               sqxtun v1.4h, v1.4s
;;      40: 0128616e               sqxtun2 v1.8h, v0.4s
;;   @005d: end
;;      44: 201ca14e               mov v0.16b, v1.16b
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0055: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      54: 00000000               udf #0
