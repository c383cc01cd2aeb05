;; Extending, splatting and zeroing loads (bounds-checked through the guard region).
(module
  (memory 1)
  (func (export "load8x8_s") (param i32) (result v128) (v128.load8x8_s (local.get 0)))
  (func (export "load16_splat") (param i32) (result v128) (v128.load16_splat offset=2 (local.get 0)))
  (func (export "load32_zero") (param i32) (result v128) (v128.load32_zero (local.get 0)))
  (func (export "load64_zero") (param i32) (result v128) (v128.load64_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8x8_s): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @005d: v128.load8x8_s
;;      34: fa03132a               mov w26, w19
;;      38: 5a031b8b               add x26, x26, x27
;;      3c: 400340fd               ldr d0, [x26]
;;      40: 00a4080f               sshll v0.8h, v0.8b, #0
;;   @0061: end
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[1] (load16_splat): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3010054               b.lo #0x50
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0066: v128.load16_splat offset=2
;;      34: 7a43338b               add x26, x27, w19, uxtw
;;      38: 5a074079               ldrh w26, [x26, #2]
;;      3c: 400f024e               dup v0.8h, w26
;;   @006a: end
;;      40: b3835ef8               ldur x19, [x29, #-0x18]
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[2] (load32_zero): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3010054               b.lo #0x50
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @006f: v128.load32_zero
;;      34: fa03132a               mov w26, w19
;;      38: 5a031b8b               add x26, x26, x27
;;      3c: 400340bd               ldr s0, [x26]
;;   @0073: end
;;      40: b3835ef8               ldur x19, [x29, #-0x18]
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[3] (load64_zero): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3010054               b.lo #0x50
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0078: v128.load64_zero
;;      34: fa03132a               mov w26, w19
;;      38: 5a031b8b               add x26, x26, x27
;;      3c: 400340fd               ldr d0, [x26]
;;   @007c: end
;;      40: b3835ef8               ldur x19, [x29, #-0x18]
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0075: (func (;3;) (type 0) (param i32) (result v128)
;;      50: 00000000               udf #0
