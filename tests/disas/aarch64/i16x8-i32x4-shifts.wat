;; 16- and 32-bit lane shifts by constants and registers.
(module
  (func (export "i16_shl") (param v128 i32) (result v128) (i16x8.shl (local.get 0) (local.get 1)))
  (func (export "i16_shr_s") (param v128) (result v128) (i16x8.shr_s (local.get 0) (i32.const 17)))
  (func (export "i32_shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1)))
  (func (export "i32_shl") (param v128) (result v128) (i32x4.shl (local.get 0) (i32.const 31))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_shl): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
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
;;   @0055: i16x8.shl
;;      34: fa03132a               mov w26, w19
;;      38: 5a0f0012               and w26, w26, #0xf
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: 5f0f024e               dup v31.8h, w26
;;      44: 00447f6e               ushl v0.8h, v0.8h, v31.8h
;;   @0058: end
;;      48: b3835ef8               ldur x19, [x29, #-0x18]
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      58: 00000000               udf #0
;; wasm[0]::function[1] (i16_shr_s): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
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
;;   @005f: i16x8.shr_s
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00041f4f               sshr v0.8h, v0.8h, #1
;;   @0062: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
;;      40: 00000000               udf #0
;; wasm[0]::function[2] (i32_shr_u): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
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
;;   @0069: i32x4.shr_u
;;      34: fa03132a               mov w26, w19
;;      38: 5a130012               and w26, w26, #0x1f
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: f0031a4b               neg w16, w26
;;      44: 1f0e044e               dup v31.4s, w16
;;      48: 0044bf6e               ushl v0.4s, v0.4s, v31.4s
;;   @006c: end
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[3] (i32_shl): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
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
;;   @0073: i32x4.shl
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 00543f4f               shl v0.4s, v0.4s, #0x1f
;;   @0076: end
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @006e: (func (;3;) (type 1) (param v128) (result v128)
;;      40: 00000000               udf #0
