;; Float lane comparisons: false on NaN lanes, except `ne`, which is an inverted `eq`.
(module
  (func (export "lt") (param v128 v128) (result v128) (f32x4.lt (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (f64x2.ge (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (f32x4.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (lt): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
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
;;   @0032: f32x4.lt
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 01e4a16e               fcmgt v1.4s, v0.4s, v1.4s
;;   @0034: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[1] (ge): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @003b: f64x2.ge
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 21e4606e               fcmge v1.2d, v1.2d, v0.2d
;;   @003d: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0036: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[2] (ne): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @0036: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @0044: f32x4.ne
;;      34: 201eb14e               mov v0.16b, v17.16b
;;      38: 011eb04e               mov v1.16b, v16.16b
;;      3c: 21e4204e               fcmeq v1.4s, v1.4s, v0.4s
;;      40: 10008092               mov x16, #-1
;;      44: 0002679e               fmov d0, x16
;;      48: 10008092               mov x16, #-1
;;      4c: 001e184e               mov v0.d[1], x16
;;      50: 211c206e               eor v1.16b, v1.16b, v0.16b
;;   @0046: end
;;      54: 201ca14e               mov v0.16b, v1.16b
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @003f: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      64: 00000000               udf #0
