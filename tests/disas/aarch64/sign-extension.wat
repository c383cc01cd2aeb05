;; The sign-extension operators.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i32.extend8_s i32.extend16_s i64.extend_i32_s local.get 1 i64.extend32_s i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83020054               b.lo #0x6c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: f303022a               mov w19, w2
;;      34: f40303aa               mov x20, x3
;;   @0023: i32.extend8_s
;;      38: fa03132a               mov w26, w19
;;      3c: 5a1f0013               sxtb w26, w26
;;   @0024: i32.extend16_s
;;      40: 5a3f0013               sxth w26, w26
;;   @0025: i64.extend_i32_s
;;      44: 5a7f4093               sxtw x26, w26
;;   @0028: i64.extend32_s
;;      48: e90314aa               mov x9, x20
;;      4c: 297d4093               sxtw x9, w9
;;   @0029: i64.add
;;      50: 5a03098b               add x26, x26, x9
;;   @002a: end
;;      54: e0031aaa               mov x0, x26
;;      58: b3835ef8               ldur x19, [x29, #-0x18]
;;      5c: b4035ef8               ldur x20, [x29, #-0x20]
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      6c: 00000000               udf #0
