;; The bitwise v128 operators; `andnot` is `a & !b`, `not` an xor with all ones.
(module
  (func (export "and") (param v128 v128) (result v128) (v128.and (local.get 0) (local.get 1)))
  (func (export "or") (param v128 v128) (result v128) (v128.or (local.get 0) (local.get 1)))
  (func (export "xor") (param v128 v128) (result v128) (v128.xor (local.get 0) (local.get 1)))
  (func (export "andnot") (param v128 v128) (result v128) (v128.andnot (local.get 0) (local.get 1)))
  (func (export "not") (param v128) (result v128) (v128.not (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (and): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @004a: v128.and
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 211c204e               and v1.16b, v1.16b, v0.16b
;;   @004c: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0045: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[1] (or): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;   @0045: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @0053: v128.or
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 211ca04e               orr v1.16b, v1.16b, v0.16b
;;   @0055: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @004e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[2] (xor): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;   @004e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @005c: v128.xor
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 211c206e               eor v1.16b, v1.16b, v0.16b
;;   @005e: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[3] (andnot): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;   @0065: v128.andnot
;;      30: 201eb14e               mov v0.16b, v17.16b
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 211c604e               bic v1.16b, v1.16b, v0.16b
;;   @0067: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0060: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[4] (not): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @0060: (func (;3;) (type 0) (param v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3010054               b.lo #0x50
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @006c: v128.not
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 10008092               mov x16, #-1
;;      34: 0102679e               fmov d1, x16
;;      38: 10008092               mov x16, #-1
;;      3c: 011e184e               mov v1.d[1], x16
;;      40: 001c216e               eor v0.16b, v0.16b, v1.16b
;;   @006e: end
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0069: (func (;4;) (type 1) (param v128) (result v128)
;;      50: 00000000               udf #0
