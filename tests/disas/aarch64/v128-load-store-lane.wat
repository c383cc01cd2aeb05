;; Lane loads and stores, composed from a scalar access and a lane move.
(module
  (memory 1)
  (func (export "load8_lane") (param i32 v128) (result v128) (v128.load8_lane 9 (local.get 0) (local.get 1)))
  (func (export "load64_lane") (param i32 v128) (result v128) (v128.load64_lane 1 (local.get 0) (local.get 1)))
  (func (export "store16_lane") (param i32 v128) (v128.store16_lane 3 (local.get 0) (local.get 1)))
  (func (export "store32_lane") (param i32 v128) (v128.store32_lane 2 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8_lane): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
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
;;      2c: 9b2b40f9               ldr x27, [x28, #0x50]
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;      38: 101ca04e               mov v16.16b, v0.16b
;;   @0067: v128.load8_lane 9
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: fa03132a               mov w26, w19
;;      44: 5a031b8b               add x26, x26, x27
;;      48: 5a034039               ldrb w26, [x26]
;;      4c: 401f134e               mov v0.b[9], w26
;;   @006c: end
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;      60: 00000000               udf #0
;; wasm[0]::function[1] (load64_lane): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
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
;;      2c: 9b2b40f9               ldr x27, [x28, #0x50]
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;      38: 101ca04e               mov v16.16b, v0.16b
;;   @0073: v128.load64_lane 1
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: fa03132a               mov w26, w19
;;      44: 5a031b8b               add x26, x26, x27
;;      48: 5a0340f9               ldr x26, [x26]
;;      4c: 401f184e               mov v0.d[1], x26
;;   @0078: end
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;      60: 00000000               udf #0
;; wasm[0]::function[2] (store16_lane): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
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
;;      2c: 9b2b40f9               ldr x27, [x28, #0x50]
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;      38: 101ca04e               mov v16.16b, v0.16b
;;   @007f: v128.store16_lane 3
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: 1a3c0e0e               umov w26, v0.h[3]
;;      44: e903132a               mov w9, w19
;;      48: 29011b8b               add x9, x9, x27
;;      4c: 3a010079               strh w26, [x9]
;;   @0084: end
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;      60: 00000000               udf #0
;; wasm[0]::function[3] (store32_lane): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @007a: (func (;2;) (type 1) (param i32 v128)
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
;;      2c: 9b2b40f9               ldr x27, [x28, #0x50]
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;      38: 101ca04e               mov v16.16b, v0.16b
;;   @008b: v128.store32_lane 2
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: 1a3c140e               mov w26, v0.s[2]
;;      44: e903132a               mov w9, w19
;;      48: 29011b8b               add x9, x9, x27
;;      4c: 3a0100b9               str w26, [x9]
;;   @0090: end
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0086: (func (;3;) (type 1) (param i32 v128)
;;      60: 00000000               udf #0
