;; Bitwise operators.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 0 local.get 1 i32.and local.get 2 i32.or local.get 0 i32.xor))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 27 instructions, 108 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8301d1               sub sp, sp, #0x60
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63020054               b.lo #0x68
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: b5831df8               stur x21, [x29, #-0x28]
;;      34: f303022a               mov w19, w2
;;      38: f403032a               mov w20, w3
;;      3c: f503042a               mov w21, w4
;;   @0026: i32.and
;;      40: 7a02140a               and w26, w19, w20
;;   @0029: i32.or
;;      44: 5a03152a               orr w26, w26, w21
;;   @002c: i32.xor
;;      48: 5a03134a               eor w26, w26, w19
;;   @002d: end
;;      4c: e0031a2a               mov w0, w26
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: b4035ef8               ldur x20, [x29, #-0x20]
;;      58: b5835df8               ldur x21, [x29, #-0x28]
;;      5c: bf030091               mov sp, x29
;;      60: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      64: c0035fd6               ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      68: 00000000               udf #0
