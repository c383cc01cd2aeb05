;; `bitmask` in each lane size.
(module
  (func (export "b8") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
  (func (export "b16") (param v128) (result i32) (i16x8.bitmask (local.get 0)))
  (func (export "b32") (param v128) (result i32) (i32x4.bitmask (local.get 0)))
  (func (export "b64") (param v128) (result i32) (i64x2.bitmask (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (b8): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83020054               b.lo #0x70
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;   @0038: i8x16.bitmask
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 1f04094f               sshr v31.16b, v0.16b, #7
;;      38: 304080d2               mov x16, #0x201
;;      3c: 9000a1f2               movk x16, #0x804, lsl #16
;;      40: 1002c4f2               movk x16, #0x2010, lsl #32
;;      44: 1008f0f2               movk x16, #0x8040, lsl #48
;;      48: 1e0e084e               dup v30.2d, x16
;;      4c: ff1f3e4e               and v31.16b, v31.16b, v30.16b
;;      50: ffbf3f4e               addp v31.16b, v31.16b, v31.16b
;;      54: ffbf3f4e               addp v31.16b, v31.16b, v31.16b
;;      58: ffbf3f4e               addp v31.16b, v31.16b, v31.16b
;;      5c: fa3f020e               umov w26, v31.h[0]
;;   @003a: end
;;      60: e0031a2a               mov w0, w26
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;      70: 00000000               udf #0
;; wasm[0]::function[1] (b16): kindling, aarch64-unknown-linux-gnu: 32 instructions, 128 bytes
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: e3020054               b.lo #0x7c
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;   @003f: i16x8.bitmask
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 1f04114f               sshr v31.8h, v0.8h, #0xf
;;      38: 300080d2               mov x16, #1
;;      3c: 5000a0f2               movk x16, #2, lsl #16
;;      40: 9000c0f2               movk x16, #4, lsl #32
;;      44: 1001e0f2               movk x16, #8, lsl #48
;;      48: 1e02679e               fmov d30, x16
;;      4c: 100280d2               mov x16, #0x10
;;      50: 1004a0f2               movk x16, #0x20, lsl #16
;;      54: 1008c0f2               movk x16, #0x40, lsl #32
;;      58: 1010e0f2               movk x16, #0x80, lsl #48
;;      5c: 1e1e184e               mov v30.d[1], x16
;;      60: ff1f3e4e               and v31.16b, v31.16b, v30.16b
;;      64: ffbb714e               addv h31, v31.8h
;;      68: fa03261e               fmov w26, s31
;;   @0042: end
;;      6c: e0031a2a               mov w0, w26
;;      70: bf030091               mov sp, x29
;;      74: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      78: c0035fd6               ret
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;      7c: 00000000               udf #0
;; wasm[0]::function[2] (b32): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 63020054               b.lo #0x6c
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;   @0047: i32x4.bitmask
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 1f04214f               sshr v31.4s, v0.4s, #0x1f
;;      38: 300080d2               mov x16, #1
;;      3c: 5000c0f2               movk x16, #2, lsl #32
;;      40: 1e02679e               fmov d30, x16
;;      44: 900080d2               mov x16, #4
;;      48: 1001c0f2               movk x16, #8, lsl #32
;;      4c: 1e1e184e               mov v30.d[1], x16
;;      50: ff1f3e4e               and v31.16b, v31.16b, v30.16b
;;      54: ffbbb14e               addv s31, v31.4s
;;      58: fa03261e               fmov w26, s31
;;   @004a: end
;;      5c: e0031a2a               mov w0, w26
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;      6c: 00000000               udf #0
;; wasm[0]::function[3] (b64): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: e3010054               b.lo #0x5c
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;   @004f: i64x2.bitmask
;;      30: 001eb04e               mov v0.16b, v16.16b
;;      34: 103c084e               mov x16, v0.d[0]
;;      38: 113c184e               mov x17, v0.d[1]
;;      3c: 10fe7fd3               lsr x16, x16, #0x3f
;;      40: 31fe7ed3               lsr x17, x17, #0x3e
;;      44: 31021f12               and w17, w17, #2
;;      48: 1a02112a               orr w26, w16, w17
;;   @0052: end
;;      4c: e0031a2a               mov w0, w26
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @004c: (func (;3;) (type 0) (param v128) (result i32)
;;      5c: 00000000               udf #0
