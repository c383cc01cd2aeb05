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
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: e3000054               b.lo #0x44
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;   @004c: i8x16.shl
;;      30: a003de3c               ldur q0, [x29, #-0x20]
;;      34: 00540b4f               shl v0.16b, v0.16b, #3
;;   @004e: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[1] (shr_s_var): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 83010054               b.lo #0x58
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;      30: a2831db8               stur w2, [x29, #-0x28]
;;   @0055: i8x16.shr_s
;;      34: b3835db8               ldur w19, [x29, #-0x28]
;;      38: 730a0012               and w19, w19, #7
;;      3c: a003de3c               ldur q0, [x29, #-0x20]
;;      40: f003134b               neg w16, w19
;;      44: 1f0e014e               dup v31.16b, w16
;;      48: 00443f4e               sshl v0.16b, v0.16b, v31.16b
;;   @0057: end
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
;;      58: 00000000               udf #0
;; wasm[0]::function[2] (shr_u_var): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 83010054               b.lo #0x58
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;      30: a2831db8               stur w2, [x29, #-0x28]
;;   @005e: i8x16.shr_u
;;      34: b3835db8               ldur w19, [x29, #-0x28]
;;      38: 730a0012               and w19, w19, #7
;;      3c: a003de3c               ldur q0, [x29, #-0x20]
;;      40: f003134b               neg w16, w19
;;      44: 1f0e014e               dup v31.16b, w16
;;      48: 00443f6e               ushl v0.16b, v0.16b, v31.16b
;;   @0060: end
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0059: (func (;2;) (type 1) (param v128 i32) (result v128)
;;      58: 00000000               udf #0
