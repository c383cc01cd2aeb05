;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 33 instructions, 132 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23030054               b.lo #0x80
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0027: memory.grow
;;      34: fa03132a               mov w26, w19
;;      38: fa031a2a               mov w26, w26
;;      3c: e0031caa               mov x0, x28
;;      40: e1031aaa               mov x1, x26
;;      44: 02008052               mov w2, #0
;;      48: 8f1f40f9               ldr x15, [x28, #0x38]
;;      4c: ef0140f9               ldr x15, [x15]
;;      50: e0013fd6               blr x15
;;      54: bc835ff8               ldur x28, [x29, #-8]
;;      58: 9b2b40f9               ldr x27, [x28, #0x50]
;;      5c: fa03002a               mov w26, w0
;;   @0029: memory.size
;;      60: 8f2f40f9               ldr x15, [x28, #0x58]
;;      64: e9fd50d3               lsr x9, x15, #0x10
;;   @002b: i32.add
;;      68: 5a03090b               add w26, w26, w9
;;   @002c: end
;;      6c: e0031a2a               mov w0, w26
;;      70: b3835ef8               ldur x19, [x29, #-0x18]
;;      74: bf030091               mov sp, x29
;;      78: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      7c: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      80: 00000000               udf #0
