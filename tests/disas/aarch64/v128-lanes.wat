;; Lane extraction and replacement.
(module
  (func (export "get_s") (param v128) (result i32) (i8x16.extract_lane_s 5 (local.get 0)))
  (func (export "get_u16") (param v128) (result i32) (i16x8.extract_lane_u 3 (local.get 0)))
  (func (export "get_f64") (param v128) (result f64) (f64x2.extract_lane 1 (local.get 0)))
  (func (export "set_i32") (param v128 i32) (result v128) (i32x4.replace_lane 2 (local.get 0) (local.get 1)))
  (func (export "set_f32") (param v128 f32) (result v128) (f32x4.replace_lane 3 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (get_s): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 03010054               b.lo #0x48
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;   @0063: i8x16.extract_lane_s 5
;;      30: a003de3c               ldur q0, [x29, #-0x20]
;;      34: 132c0b0e               smov w19, v0.b[5]
;;   @0066: end
;;      38: e003132a               mov w0, w19
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;      48: 00000000               udf #0
;; wasm[0]::function[1] (get_u16): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;   @0060: (func (;0;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 03010054               b.lo #0x48
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;   @006b: i16x8.extract_lane_u 3
;;      30: a003de3c               ldur q0, [x29, #-0x20]
;;      34: 133c0e0e               umov w19, v0.h[3]
;;   @006e: end
;;      38: e003132a               mov w0, w19
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;      48: 00000000               udf #0
;; wasm[0]::function[2] (get_f64): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;   @0068: (func (;1;) (type 0) (param v128) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 03010054               b.lo #0x48
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;   @0073: f64x2.extract_lane 1
;;      30: a003de3c               ldur q0, [x29, #-0x20]
;;      34: 0104185e               mov d1, v0.d[1]
;;   @0076: end
;;      38: 2040601e               fmov d0, d1
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
;;      48: 00000000               udf #0
;; wasm[0]::function[3] (set_i32): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;   @0070: (func (;2;) (type 1) (param v128) (result f64)
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
;;      28: 23010054               b.lo #0x4c
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;      30: a2831db8               stur w2, [x29, #-0x28]
;;   @007d: i32x4.replace_lane 2
;;      34: b3835db8               ldur w19, [x29, #-0x28]
;;      38: a003de3c               ldur q0, [x29, #-0x20]
;;      3c: 601e144e               mov v0.s[2], w19
;;   @0080: end
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      4c: 00000000               udf #0
;; wasm[0]::function[4] (set_f32): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;   @0078: (func (;3;) (type 2) (param v128 i32) (result v128)
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
;;      28: 43010054               b.lo #0x50
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;      30: a1831dbc               stur s1, [x29, #-0x28]
;;   @0087: f32x4.replace_lane 3
;;      34: a0835dbc               ldur s0, [x29, #-0x28]
;;      38: a103de3c               ldur q1, [x29, #-0x20]
;;      3c: 01041c6e               mov v1.s[3], v0.s[0]
;;   @008a: end
;;      40: 201ca14e               mov v0.16b, v1.16b
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0082: (func (;4;) (type 3) (param v128 f32) (result v128)
;;      50: 00000000               udf #0
