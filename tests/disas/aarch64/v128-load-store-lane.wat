;; Lane loads and stores, composed from a scalar access and a lane move.
(module
  (memory 1)
  (func (export "load8_lane") (param i32 v128) (result v128) (v128.load8_lane 9 (local.get 0) (local.get 1)))
  (func (export "load64_lane") (param i32 v128) (result v128) (v128.load64_lane 1 (local.get 0) (local.get 1)))
  (func (export "store16_lane") (param i32 v128) (v128.store16_lane 3 (local.get 0) (local.get 1)))
  (func (export "store32_lane") (param i32 v128) (v128.store32_lane 2 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8_lane): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;      34: 101ca04e               mov v16.16b, v0.16b
;;   @0067: v128.load8_lane 9
;;      38: 001eb04e               mov v0.16b, v16.16b
;;      3c: 7a4b7338               ldrb w26, [x27, w19, uxtw]
;;      40: 401f134e               mov v0.b[9], w26
;;   @006c: end
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[1] (load64_lane): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;      34: 101ca04e               mov v16.16b, v0.16b
;;   @0073: v128.load64_lane 1
;;      38: 001eb04e               mov v0.16b, v16.16b
;;      3c: 7a4b73f8               ldr x26, [x27, w19, uxtw]
;;      40: 401f184e               mov v0.d[1], x26
;;   @0078: end
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[2] (store16_lane): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;      34: 101ca04e               mov v16.16b, v0.16b
;;   @007f: v128.store16_lane 3
;;      38: 001eb04e               mov v0.16b, v16.16b
;;      3c: 1a3c0e0e               umov w26, v0.h[3]
;;      40: 7a4b3378               strh w26, [x27, w19, uxtw]
;;   @0084: end
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[3] (store32_lane): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;      34: 101ca04e               mov v16.16b, v0.16b
;;   @008b: v128.store32_lane 2
;;      38: 001eb04e               mov v0.16b, v16.16b
;;      3c: 1a3c140e               mov w26, v0.s[2]
;;      40: 7a4b33b8               str w26, [x27, w19, uxtw]
;;   @0090: end
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0086: (func (;3;) (type 1) (param i32 v128)
;;      54: 00000000               udf #0
