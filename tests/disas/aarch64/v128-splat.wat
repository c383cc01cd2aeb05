;; Splats from general registers (x86_64: movd then unpack and pshufd; aarch64: dup).
(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63010054               b.lo #0x48
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @003b: i8x16.splat
;;      30: fa03132a               mov w26, w19
;;      34: 400f014e               dup v0.16b, w26
;;   @003d: end
;;      38: b3835ef8               ldur x19, [x29, #-0x18]
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;      48: 00000000               udf #0
;; wasm[0]::function[1] (i64): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63010054               b.lo #0x48
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f30302aa               mov x19, x2
;;   @0042: i64x2.splat
;;      30: fa0313aa               mov x26, x19
;;      34: 400f084e               dup v0.2d, x26
;;   @0044: end
;;      38: b3835ef8               ldur x19, [x29, #-0x18]
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;      48: 00000000               udf #0
;; wasm[0]::function[2] (f32): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43010054               b.lo #0x44
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040201e               fmov s16, s0
;;   @0049: f32x4.splat
;;      2c: 0042201e               fmov s0, s16
;;      30: 0104044e               dup v1.4s, v0.s[0]
;;   @004b: end
;;      34: 201ca14e               mov v0.16b, v1.16b
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0046: (func (;2;) (type 2) (param f32) (result v128)
;;      44: 00000000               udf #0
