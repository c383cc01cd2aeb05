;; Integer width conversions.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i64.extend_i32_s local.get 0 i64.extend_i32_u i64.add local.get 1 i32.wrap_i64 i64.extend_i32_u i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3020054               b.lo #0x70
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: f303022a               mov w19, w2
;;      34: f40303aa               mov x20, x3
;;   @0023: i64.extend_i32_s
;;      38: fa03132a               mov w26, w19
;;      3c: 5a7f4093               sxtw x26, w26
;;   @0026: i64.extend_i32_u
;;      40: e903132a               mov w9, w19
;;      44: e903092a               mov w9, w9
;;   @0027: i64.add
;;      48: 5a03098b               add x26, x26, x9
;;   @002a: i32.wrap_i64
;;      4c: e90314aa               mov x9, x20
;;   @002b: i64.extend_i32_u
;;      50: e903092a               mov w9, w9
;;   @002c: i64.add
;;      54: 5a03098b               add x26, x26, x9
;;   @002d: end
;;      58: e0031aaa               mov x0, x26
;;      5c: b3835ef8               ldur x19, [x29, #-0x18]
;;      60: b4035ef8               ldur x20, [x29, #-0x20]
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      70: 00000000               udf #0
