;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 34 instructions, 136 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23030054               b.lo #0x84
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 9b2b40f9               ldr x27, [x28, #0x50]
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;   @0027: memory.grow
;;      38: fa03132a               mov w26, w19
;;      3c: fa031a2a               mov w26, w26
;;      40: e0031caa               mov x0, x28
;;      44: e1031aaa               mov x1, x26
;;      48: 02008052               mov w2, #0
;;      4c: 8f1f40f9               ldr x15, [x28, #0x38]
;;      50: ef0140f9               ldr x15, [x15]
;;      54: e0013fd6               blr x15
;;      58: bc835ff8               ldur x28, [x29, #-8]
;;      5c: 9b2b40f9               ldr x27, [x28, #0x50]
;;      60: fa03002a               mov w26, w0
;;   @0029: memory.size
;;      64: 8f2f40f9               ldr x15, [x28, #0x58]
;;      68: e9fd50d3               lsr x9, x15, #0x10
;;   @002b: i32.add
;;      6c: 5a03090b               add w26, w26, w9
;;   @002c: end
;;      70: e0031a2a               mov w0, w26
;;      74: b3835ef8               ldur x19, [x29, #-0x18]
;;      78: bf030091               mov sp, x29
;;      7c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      80: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      84: 00000000               udf #0
