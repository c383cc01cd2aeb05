;; 64-bit lane shifts; the arithmetic right shift has no single x86_64 instruction without AVX-512.
(module
  (func (export "shl") (param v128 i32) (result v128) (i64x2.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param v128 i32) (result v128) (i64x2.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_s_const") (param v128) (result v128) (i64x2.shr_s (local.get 0) (i32.const 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: e3010054               b.lo #0x5c
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: 101ca04e               mov v16.16b, v0.16b
;;      34: f303022a               mov w19, w2
;;   @0044: i64x2.shl
;;      38: fa03132a               mov w26, w19
;;      3c: 5a170012               and w26, w26, #0x3f
;;      40: 001eb04e               mov v0.16b, v16.16b
;;      44: 5f0f084e               dup v31.2d, x26
;;      48: 0044ff6e               ushl v0.2d, v0.2d, v31.2d
;;   @0047: end
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[1] (shr_s): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 03020054               b.lo #0x60
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: 101ca04e               mov v16.16b, v0.16b
;;      34: f303022a               mov w19, w2
;;   @004e: i64x2.shr_s
;;      38: fa03132a               mov w26, w19
;;      3c: 5a170012               and w26, w26, #0x3f
;;      40: 001eb04e               mov v0.16b, v16.16b
;;      44: f0031a4b               neg w16, w26
;;      48: 1f0e084e               dup v31.2d, x16
;;      4c: 0044ff4e               sshl v0.2d, v0.2d, v31.2d
;;   @0051: end
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;      60: 00000000               udf #0
;; wasm[0]::function[2] (shr_s_const): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23010054               b.lo #0x44
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;   @0058: i64x2.shr_s
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 00047b4f               sshr v0.2d, v0.2d, #5
;;   @005b: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0053: (func (;2;) (type 1) (param v128) (result v128)
;;      44: 00000000               udf #0
