;; Signed lane comparisons: `>` directly, `<` swapped, `>=` and `!=` inverted.
(module
  (func (export "gt") (param v128 v128) (result v128) (i8x16.gt_s (local.get 0) (local.get 1)))
  (func (export "lt") (param v128 v128) (result v128) (i8x16.lt_s (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (i8x16.ge_s (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (i8x16.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83010054               b.lo #0x50
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @0038: i8x16.gt_s
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 2134204e               cmgt v1.16b, v1.16b, v0.16b
;;   @003a: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[1] (lt): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83010054               b.lo #0x50
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @0041: i8x16.lt_s
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 0134214e               cmgt v1.16b, v0.16b, v1.16b
;;   @0043: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[2] (ge): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83010054               b.lo #0x50
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @004a: i8x16.ge_s
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 213c204e               cmge v1.16b, v1.16b, v0.16b
;;   @004c: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[3] (ne): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23020054               b.lo #0x64
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: 311ca14e               mov v17.16b, v1.16b
;;   @0053: i8x16.ne
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 218c206e               cmeq v1.16b, v1.16b, v0.16b
;;      40: 10008092               mov x16, #-1
;;      44: 0002679e               fmov d0, x16
;;      48: 10008092               mov x16, #-1
;;      4c: 001e184e               mov v0.d[1], x16
;;      50: 211c206e               eor v1.16b, v1.16b, v0.16b
;;   @0055: end
;;      54: 201ca14e               mov v0.16b, v1.16b
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @004e: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      64: 00000000               udf #0
