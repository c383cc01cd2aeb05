;; 64-bit lane shifts; the arithmetic right shift has no single x86_64 instruction without AVX-512.
(module
  (func (export "shl") (param v128 i32) (result v128) (i64x2.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param v128 i32) (result v128) (i64x2.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_s_const") (param v128) (result v128) (i64x2.shr_s (local.get 0) (i32.const 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: e3010054               b.lo #0x58
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: f303022a               mov w19, w2
;;   @0044: i64x2.shl
;;      34: fa03132a               mov w26, w19
;;      38: 5a170012               and w26, w26, #0x3f
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: 5f0f084e               dup v31.2d, x26
;;      44: 0044ff6e               ushl v0.2d, v0.2d, v31.2d
;;   @0047: end
;;      48: b3835ef8               ldur x19, [x29, #-0x18]
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      58: 00000000               udf #0
;; wasm[0]::function[1] (shr_s): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03020054               b.lo #0x5c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: f303022a               mov w19, w2
;;   @004e: i64x2.shr_s
;;      34: fa03132a               mov w26, w19
;;      38: 5a170012               and w26, w26, #0x3f
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: f0031a4b               neg w16, w26
;;      44: 1f0e084e               dup v31.2d, x16
;;      48: 0044ff4e               sshl v0.2d, v0.2d, v31.2d
;;   @0051: end
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[2] (shr_s_const): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23010054               b.lo #0x40
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0058: i64x2.shr_s
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00047b4f               sshr v0.2d, v0.2d, #5
;;   @005b: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0053: (func (;2;) (type 1) (param v128) (result v128)
;;      40: 00000000               udf #0
