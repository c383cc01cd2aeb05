;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 34 instructions, 136 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc301d1               sub sp, sp, #0x70
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43030054               b.lo #0x84
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: b5831df8               stur x21, [x29, #-0x28]
;;      38: f303022a               mov w19, w2
;;      3c: f403032a               mov w20, w3
;;      40: f503042a               mov w21, w4
;;   @002c: memory.fill
;;      44: e0031caa               mov x0, x28
;;      48: e203132a               mov w2, w19
;;      4c: e303142a               mov w3, w20
;;      50: e403152a               mov w4, w21
;;      54: 010080d2               mov x1, #0
;;      58: 8f1f40f9               ldr x15, [x28, #0x38]
;;      5c: ef1540f9               ldr x15, [x15, #0x28]
;;      60: e0013fd6               blr x15
;;      64: bc835ff8               ldur x28, [x29, #-8]
;;      68: 9b2b40f9               ldr x27, [x28, #0x50]
;;   @002f: end
;;      6c: b3835ef8               ldur x19, [x29, #-0x18]
;;      70: b4035ef8               ldur x20, [x29, #-0x20]
;;      74: b5835df8               ldur x21, [x29, #-0x28]
;;      78: bf030091               mov sp, x29
;;      7c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      80: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      84: 00000000               udf #0
