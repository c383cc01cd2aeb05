;; `bitmask` in each lane size.
(module
  (func (export "b8") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
  (func (export "b16") (param v128) (result i32) (i16x8.bitmask (local.get 0)))
  (func (export "b32") (param v128) (result i32) (i32x4.bitmask (local.get 0)))
  (func (export "b64") (param v128) (result i32) (i64x2.bitmask (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (b8): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83020054               b.lo #0x6c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0038: i8x16.bitmask
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1f04094f               sshr v31.16b, v0.16b, #7
;;      34: 304080d2               mov x16, #0x201
;;      38: 9000a1f2               movk x16, #0x804, lsl #16
;;      3c: 1002c4f2               movk x16, #0x2010, lsl #32
;;      40: 1008f0f2               movk x16, #0x8040, lsl #48
;;      44: 1e0e084e               dup v30.2d, x16
;;      48: ff1f3e4e               and v31.16b, v31.16b, v30.16b
;;      4c: ffbf3f4e               addp v31.16b, v31.16b, v31.16b
;;      50: ffbf3f4e               addp v31.16b, v31.16b, v31.16b
;;      54: ffbf3f4e               addp v31.16b, v31.16b, v31.16b
;;      58: fa3f020e               umov w26, v31.h[0]
;;   @003a: end
;;      5c: e0031a2a               mov w0, w26
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;      6c: 00000000               udf #0
;; wasm[0]::function[1] (b16): kindling, aarch64-unknown-linux-gnu: 31 instructions, 124 bytes
;;   @0035: (func (;0;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: e3020054               b.lo #0x78
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @003f: i16x8.bitmask
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1f04114f               sshr v31.8h, v0.8h, #0xf
;;      34: 300080d2               mov x16, #1
;;      38: 5000a0f2               movk x16, #2, lsl #16
;;      3c: 9000c0f2               movk x16, #4, lsl #32
;;      40: 1001e0f2               movk x16, #8, lsl #48
;;      44: 1e02679e               fmov d30, x16
;;      48: 100280d2               mov x16, #0x10
;;      4c: 1004a0f2               movk x16, #0x20, lsl #16
;;      50: 1008c0f2               movk x16, #0x40, lsl #32
;;      54: 1010e0f2               movk x16, #0x80, lsl #48
;;      58: 1e1e184e               mov v30.d[1], x16
;;      5c: ff1f3e4e               and v31.16b, v31.16b, v30.16b
;;      60: ffbb714e               addv h31, v31.8h
;;      64: fa03261e               fmov w26, s31
;;   @0042: end
;;      68: e0031a2a               mov w0, w26
;;      6c: bf030091               mov sp, x29
;;      70: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      74: c0035fd6               ret
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;      78: 00000000               udf #0
;; wasm[0]::function[2] (b32): kindling, aarch64-unknown-linux-gnu: 27 instructions, 108 bytes
;;   @003c: (func (;1;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63020054               b.lo #0x68
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0047: i32x4.bitmask
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1f04214f               sshr v31.4s, v0.4s, #0x1f
;;      34: 300080d2               mov x16, #1
;;      38: 5000c0f2               movk x16, #2, lsl #32
;;      3c: 1e02679e               fmov d30, x16
;;      40: 900080d2               mov x16, #4
;;      44: 1001c0f2               movk x16, #8, lsl #32
;;      48: 1e1e184e               mov v30.d[1], x16
;;      4c: ff1f3e4e               and v31.16b, v31.16b, v30.16b
;;      50: ffbbb14e               addv s31, v31.4s
;;      54: fa03261e               fmov w26, s31
;;   @004a: end
;;      58: e0031a2a               mov w0, w26
;;      5c: bf030091               mov sp, x29
;;      60: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      64: c0035fd6               ret
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;      68: 00000000               udf #0
;; wasm[0]::function[3] (b64): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;   @0044: (func (;2;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: e3010054               b.lo #0x58
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @004f: i64x2.bitmask
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 103c084e               mov x16, v0.d[0]
;;      34: 113c184e               mov x17, v0.d[1]
;;      38: 10fe7fd3               lsr x16, x16, #0x3f
;;      3c: 31fe7ed3               lsr x17, x17, #0x3e
;;      40: 31021f12               and w17, w17, #2
;;      44: 1a02112a               orr w26, w16, w17
;;   @0052: end
;;      48: e0031a2a               mov w0, w26
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @004c: (func (;3;) (type 0) (param v128) (result i32)
;;      58: 00000000               udf #0
