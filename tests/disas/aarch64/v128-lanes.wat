;; Lane extraction and replacement.
(module
  (func (export "get_s") (param v128) (result i32) (i8x16.extract_lane_s 5 (local.get 0)))
  (func (export "get_u16") (param v128) (result i32) (i16x8.extract_lane_u 3 (local.get 0)))
  (func (export "get_f64") (param v128) (result f64) (f64x2.extract_lane 1 (local.get 0)))
  (func (export "set_i32") (param v128 i32) (result v128) (i32x4.replace_lane 2 (local.get 0) (local.get 1)))
  (func (export "set_f32") (param v128 f32) (result v128) (f32x4.replace_lane 3 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (get_s): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43010054               b.lo #0x44
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0063: i8x16.extract_lane_s 5
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1a2c0b0e               smov w26, v0.b[5]
;;   @0066: end
;;      34: e0031a2a               mov w0, w26
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;      44: 00000000               udf #0
;; wasm[0]::function[1] (get_u16): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43010054               b.lo #0x44
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @006b: i16x8.extract_lane_u 3
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 1a3c0e0e               umov w26, v0.h[3]
;;   @006e: end
;;      34: e0031a2a               mov w0, w26
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;      44: 00000000               udf #0
;; wasm[0]::function[2] (get_f64): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43010054               b.lo #0x44
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0073: f64x2.extract_lane 1
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 0104185e               mov d1, v0.d[1]
;;   @0076: end
;;      34: 2040601e               fmov d0, d1
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;      44: 00000000               udf #0
;; wasm[0]::function[3] (set_i32): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3010054               b.lo #0x50
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;      30: f303022a               mov w19, w2
;;   @007d: i32x4.replace_lane 2
;;      34: fa03132a               mov w26, w19
;;      38: 001eb04e               mov v0.16b, v16.16b
;;      3c: 401f144e               mov v0.s[2], w26
;;   @0080: end
;;      40: b3835ef8               ldur x19, [x29, #-0x18]
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      50: 00000000               udf #0
;; wasm[0]::function[4] (set_f32): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 3140201e               fmov s17, s1
;;   @0087: f32x4.replace_lane 3
;;      30: 2042201e               fmov s0, s17
;;      34: 011eb04e               mov v1.16b, v16.16b
;;      38: 01041c6e               mov v1.s[3], v0.s[0]
;;   @008a: end
;;      3c: 201ca14e               mov v0.16b, v1.16b
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0082: (func (;4;) (type 3) (param v128 f32) (result v128)
;;      4c: 00000000               udf #0
