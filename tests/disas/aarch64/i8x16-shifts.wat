;; The 8-bit lane shifts: by a constant and by a variable amount (masked to 0..7); x86_64 widens to 16-bit lanes and packs back.
(module
  (func (export "shl_const") (param v128) (result v128) (i8x16.shl (local.get 0) (i32.const 3)))
  (func (export "shr_s_var") (param v128 i32) (result v128) (i8x16.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u_var") (param v128 i32) (result v128) (i8x16.shr_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl_const): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
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
;;   @004c: i8x16.shl
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00540b4f               shl v0.16b, v0.16b, #3
;;   @004e: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[1] (shr_s_var): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0055: i8x16.shr_s
;;      34: fa03132a               mov w26, w19
;;      38: 5a0b0012               and w26, w26, #7
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: f0031a4b               neg w16, w26
;;      44: 1f0e014e               dup v31.16b, w16
;;      48: 00443f4e               sshl v0.16b, v0.16b, v31.16b
;;   @0057: end
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[2] (shr_u_var): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
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
;;   @005e: i8x16.shr_u
;;      34: fa03132a               mov w26, w19
;;      38: 5a0b0012               and w26, w26, #7
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: f0031a4b               neg w16, w26
;;      44: 1f0e014e               dup v31.16b, w16
;;      48: 00443f6e               ushl v0.16b, v0.16b, v31.16b
;;   @0060: end
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0059: (func (;2;) (type 1) (param v128 i32) (result v128)
;;      5c: 00000000               udf #0
