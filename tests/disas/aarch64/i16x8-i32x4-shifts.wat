;; 16- and 32-bit lane shifts by constants and registers.
(module
  (func (export "i16_shl") (param v128 i32) (result v128) (i16x8.shl (local.get 0) (local.get 1)))
  (func (export "i16_shr_s") (param v128) (result v128) (i16x8.shr_s (local.get 0) (i32.const 17)))
  (func (export "i32_shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1)))
  (func (export "i32_shl") (param v128) (result v128) (i32x4.shl (local.get 0) (i32.const 31))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_shl): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
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
;;      28: 63010054               b.lo #0x54
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;      30: a2831db8               stur w2, [x29, #-0x28]
;;   @0055: i16x8.shl
;;      34: b3835db8               ldur w19, [x29, #-0x28]
;;      38: 730e0012               and w19, w19, #0xf
;;      3c: a003de3c               ldur q0, [x29, #-0x20]
;;      40: 7f0e024e               dup v31.8h, w19
;;      44: 00447f6e               ushl v0.8h, v0.8h, v31.8h
;;   @0058: end
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[1] (i16_shr_s): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
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
;;   @005f: i16x8.shr_s
;;      30: a003de3c               ldur q0, [x29, #-0x20]
;;      34: 00041f4f               sshr v0.8h, v0.8h, #1
;;   @0062: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[2] (i32_shr_u): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
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
;;   @0069: i32x4.shr_u
;;      34: b3835db8               ldur w19, [x29, #-0x28]
;;      38: 73120012               and w19, w19, #0x1f
;;      3c: a003de3c               ldur q0, [x29, #-0x20]
;;      40: f003134b               neg w16, w19
;;      44: 1f0e044e               dup v31.4s, w16
;;      48: 0044bf6e               ushl v0.4s, v0.4s, v31.4s
;;   @006c: end
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;      58: 00000000               udf #0
;; wasm[0]::function[3] (i32_shl): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
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
;;   @0073: i32x4.shl
;;      30: a003de3c               ldur q0, [x29, #-0x20]
;;      34: 00543f4f               shl v0.4s, v0.4s, #0x1f
;;   @0076: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @006e: (func (;3;) (type 1) (param v128) (result v128)
;;      44: 00000000               udf #0
