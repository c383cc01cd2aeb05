;; 16- and 32-bit lane shifts by constants and registers.
(module
  (func (export "i16_shl") (param v128 i32) (result v128) (i16x8.shl (local.get 0) (local.get 1)))
  (func (export "i16_shr_s") (param v128) (result v128) (i16x8.shr_s (local.get 0) (i32.const 17)))
  (func (export "i32_shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1)))
  (func (export "i32_shl") (param v128) (result v128) (i32x4.shl (local.get 0) (i32.const 31))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_shl): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
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
;;   @0055: i16x8.shl
;;      38: fa03132a               mov w26, w19
;;      3c: 5a0f0012               and w26, w26, #0xf
;;      40: 001eb04e               mov v0.16b, v16.16b
;;      44: 5f0f024e               dup v31.8h, w26
;;      48: 00447f6e               ushl v0.8h, v0.8h, v31.8h
;;   @0058: end
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[1] (i16_shr_s): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
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
;;   @005f: i16x8.shr_s
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 00041f4f               sshr v0.8h, v0.8h, #1
;;   @0062: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
;;      44: 00000000               udf #0
;; wasm[0]::function[2] (i32_shr_u): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
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
;;   @0069: i32x4.shr_u
;;      38: fa03132a               mov w26, w19
;;      3c: 5a130012               and w26, w26, #0x1f
;;      40: 001eb04e               mov v0.16b, v16.16b
;;      44: f0031a4b               neg w16, w26
;;      48: 1f0e044e               dup v31.4s, w16
;;      4c: 0044bf6e               ushl v0.4s, v0.4s, v31.4s
;;   @006c: end
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;      60: 00000000               udf #0
;; wasm[0]::function[3] (i32_shl): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
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
;;   @0073: i32x4.shl
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 00543f4f               shl v0.4s, v0.4s, #0x1f
;;   @0076: end
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @006e: (func (;3;) (type 1) (param v128) (result v128)
;;      44: 00000000               udf #0
