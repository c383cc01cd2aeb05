;; Lane loads and stores, composed from a scalar access and a lane move.
(module
  (memory 1)
  (func (export "load8_lane") (param i32 v128) (result v128) (v128.load8_lane 9 (local.get 0) (local.get 1)))
  (func (export "load64_lane") (param i32 v128) (result v128) (v128.load64_lane 1 (local.get 0) (local.get 1)))
  (func (export "store16_lane") (param i32 v128) (v128.store16_lane 3 (local.get 0) (local.get 1)))
  (func (export "store32_lane") (param i32 v128) (v128.store32_lane 2 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8_lane): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
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
;;      28: a3010054               b.lo #0x5c
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a0839d3c               stur q0, [x29, #-0x28]
;;   @0067: v128.load8_lane 9
;;      34: a083dd3c               ldur q0, [x29, #-0x28]
;;      38: b3835eb8               ldur w19, [x29, #-0x18]
;;      3c: f303132a               mov w19, w19
;;      40: 8f2b40f9               ldr x15, [x28, #0x50]
;;      44: 73020f8b               add x19, x19, x15
;;      48: 73024039               ldrb w19, [x19]
;;      4c: 601e134e               mov v0.b[9], w19
;;   @006c: end
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[1] (load64_lane): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
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
;;      28: a3010054               b.lo #0x5c
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a0839d3c               stur q0, [x29, #-0x28]
;;   @0073: v128.load64_lane 1
;;      34: a083dd3c               ldur q0, [x29, #-0x28]
;;      38: b3835eb8               ldur w19, [x29, #-0x18]
;;      3c: f303132a               mov w19, w19
;;      40: 8f2b40f9               ldr x15, [x28, #0x50]
;;      44: 73020f8b               add x19, x19, x15
;;      48: 730240f9               ldr x19, [x19]
;;      4c: 601e184e               mov v0.d[1], x19
;;   @0078: end
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[2] (store16_lane): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
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
;;      28: a3010054               b.lo #0x5c
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a0839d3c               stur q0, [x29, #-0x28]
;;   @007f: v128.store16_lane 3
;;      34: a083dd3c               ldur q0, [x29, #-0x28]
;;      38: 133c0e0e               umov w19, v0.h[3]
;;      3c: b4835eb8               ldur w20, [x29, #-0x18]
;;      40: f403142a               mov w20, w20
;;      44: 8f2b40f9               ldr x15, [x28, #0x50]
;;      48: 94020f8b               add x20, x20, x15
;;      4c: 93020079               strh w19, [x20]
;;   @0084: end
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;      5c: 00000000               udf #0
;; wasm[0]::function[3] (store32_lane): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @007a: (func (;2;) (type 1) (param i32 v128)
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
;;      28: a3010054               b.lo #0x5c
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a0839d3c               stur q0, [x29, #-0x28]
;;   @008b: v128.store32_lane 2
;;      34: a083dd3c               ldur q0, [x29, #-0x28]
;;      38: 133c140e               mov w19, v0.s[2]
;;      3c: b4835eb8               ldur w20, [x29, #-0x18]
;;      40: f403142a               mov w20, w20
;;      44: 8f2b40f9               ldr x15, [x28, #0x50]
;;      48: 94020f8b               add x20, x20, x15
;;      4c: 930200b9               str w19, [x20]
;;   @0090: end
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0086: (func (;3;) (type 1) (param i32 v128)
;;      5c: 00000000               udf #0
