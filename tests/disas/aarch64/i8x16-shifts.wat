;; The 8-bit lane shifts: by a constant and by a variable amount (masked to 0..7); x86_64 widens to 16-bit lanes and packs back.
(module
  (func (export "shl_const") (param v128) (result v128) (i8x16.shl (local.get 0) (i32.const 3)))
  (func (export "shr_s_var") (param v128 i32) (result v128) (i8x16.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u_var") (param v128 i32) (result v128) (i8x16.shr_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl_const): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
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
;;   @004c: i8x16.shl
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 00540b4f               shl v0.16b, v0.16b, #3
;;   @004e: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[1] (shr_s_var): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @0055: i8x16.shr_s
;;      38: fa03132a               mov w26, w19
;;      3c: 5a0b0012               and w26, w26, #7
;;      40: 001eb04e               mov v0.16b, v16.16b
;;      44: f0031a4b               neg w16, w26
;;      48: 1f0e014e               dup v31.16b, w16
;;      4c: 00443f4e               sshl v0.16b, v0.16b, v31.16b
;;   @0057: end
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
;;      60: 00000000               udf #0
;; wasm[0]::function[2] (shr_u_var): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
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
;;   @005e: i8x16.shr_u
;;      38: fa03132a               mov w26, w19
;;      3c: 5a0b0012               and w26, w26, #7
;;      40: 001eb04e               mov v0.16b, v16.16b
;;      44: f0031a4b               neg w16, w26
;;      48: 1f0e014e               dup v31.16b, w16
;;      4c: 00443f6e               ushl v0.16b, v0.16b, v31.16b
;;   @0060: end
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0059: (func (;2;) (type 1) (param v128 i32) (result v128)
;;      60: 00000000               udf #0
