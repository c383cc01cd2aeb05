;; Splats from general registers (x86_64: movd then unpack and pshufd; aarch64: dup).
(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: e3000054               b.lo #0x44
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;   @003b: i8x16.splat
;;      30: b3835eb8               ldur w19, [x29, #-0x18]
;;      34: 600e014e               dup v0.16b, w19
;;   @003d: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[1] (i64): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: e3000054               b.lo #0x44
;;      2c: a2831ef8               stur x2, [x29, #-0x18]
;;   @0042: i64x2.splat
;;      30: b3835ef8               ldur x19, [x29, #-0x18]
;;      34: 600e084e               dup v0.2d, x19
;;   @0044: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[2] (f32): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 03010054               b.lo #0x48
;;      2c: a0831ebc               stur s0, [x29, #-0x18]
;;   @0049: f32x4.splat
;;      30: a0835ebc               ldur s0, [x29, #-0x18]
;;      34: 0104044e               dup v1.4s, v0.s[0]
;;   @004b: end
;;      38: 201ca14e               mov v0.16b, v1.16b
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @0046: (func (;2;) (type 2) (param f32) (result v128)
;;      48: 00000000               udf #0
