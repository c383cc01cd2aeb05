;; `v128.any_true` and `all_true` in each lane size.
(module
  (func (export "any") (param v128) (result i32) (v128.any_true (local.get 0)))
  (func (export "all8") (param v128) (result i32) (i8x16.all_true (local.get 0)))
  (func (export "all32") (param v128) (result i32) (i32x4.all_true (local.get 0)))
  (func (export "all64") (param v128) (result i32) (i64x2.all_true (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (any): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
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
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @003e: v128.any_true
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1fa4a06e               umaxp v31.4s, v0.4s, v0.4s
;;      34: f003669e               fmov x16, d31
;;      38: 1f0200f1               cmp x16, #0
;;      3c: fa079f1a               cset w26, ne
;;   @0040: end
;;      40: e0031a2a               mov w0, w26
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @003b: (func (;0;) (type 0) (param v128) (result i32)
;;      50: 00000000               udf #0
;; wasm[0]::function[1] (all8): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @003b: (func (;0;) (type 0) (param v128) (result i32)
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
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0045: i8x16.all_true
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1fa8316e               uminv b31, v0.16b
;;      34: f003261e               fmov w16, s31
;;      38: 1f020071               cmp w16, #0
;;      3c: fa079f1a               cset w26, ne
;;   @0047: end
;;      40: e0031a2a               mov w0, w26
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0042: (func (;1;) (type 0) (param v128) (result i32)
;;      50: 00000000               udf #0
;; wasm[0]::function[2] (all32): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @0042: (func (;1;) (type 0) (param v128) (result i32)
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
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @004c: i32x4.all_true
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1fa8b16e               uminv s31, v0.4s
;;      34: f003261e               fmov w16, s31
;;      38: 1f020071               cmp w16, #0
;;      3c: fa079f1a               cset w26, ne
;;   @004f: end
;;      40: e0031a2a               mov w0, w26
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0049: (func (;2;) (type 0) (param v128) (result i32)
;;      50: 00000000               udf #0
;; wasm[0]::function[3] (all64): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @0049: (func (;2;) (type 0) (param v128) (result i32)
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
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0054: i64x2.all_true
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1f98e04e               cmeq v31.2d, v0.2d, #0
;;      34: ffa7bf6e               umaxp v31.4s, v31.4s, v31.4s
;;      38: f003669e               fmov x16, d31
;;      3c: 1f0200f1               cmp x16, #0
;;      40: fa179f1a               cset w26, eq
;;   @0057: end
;;      44: e0031a2a               mov w0, w26
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0051: (func (;3;) (type 0) (param v128) (result i32)
;;      54: 00000000               udf #0
