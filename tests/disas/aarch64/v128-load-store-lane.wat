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
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 83010054               b.lo #0x5c
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;      34: a0839d3c               stur q0, [x29, #-0x28]
;;   @0067: v128.load8_lane 9
;;      38: a083dd3c               ldur q0, [x29, #-0x28]
;;      3c: b3835eb8               ldur w19, [x29, #-0x18]
;;      40: f303132a               mov w19, w19
;;      44: 73021b8b               add x19, x19, x27
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
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 83010054               b.lo #0x5c
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;      34: a0839d3c               stur q0, [x29, #-0x28]
;;   @0073: v128.load64_lane 1
;;      38: a083dd3c               ldur q0, [x29, #-0x28]
;;      3c: b3835eb8               ldur w19, [x29, #-0x18]
;;      40: f303132a               mov w19, w19
;;      44: 73021b8b               add x19, x19, x27
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
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 83010054               b.lo #0x5c
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;      34: a0839d3c               stur q0, [x29, #-0x28]
;;   @007f: v128.store16_lane 3
;;      38: a083dd3c               ldur q0, [x29, #-0x28]
;;      3c: 133c0e0e               umov w19, v0.h[3]
;;      40: b4835eb8               ldur w20, [x29, #-0x18]
;;      44: f403142a               mov w20, w20
;;      48: 94021b8b               add x20, x20, x27
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
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 83010054               b.lo #0x5c
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;      34: a0839d3c               stur q0, [x29, #-0x28]
;;   @008b: v128.store32_lane 2
;;      38: a083dd3c               ldur q0, [x29, #-0x28]
;;      3c: 133c140e               mov w19, v0.s[2]
;;      40: b4835eb8               ldur w20, [x29, #-0x18]
;;      44: f403142a               mov w20, w20
;;      48: 94021b8b               add x20, x20, x27
;;      4c: 930200b9               str w19, [x20]
;;   @0090: end
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0086: (func (;3;) (type 1) (param i32 v128)
;;      5c: 00000000               udf #0
