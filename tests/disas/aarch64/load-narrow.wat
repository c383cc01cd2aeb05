;; Narrow sign- and zero-extending loads.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load8_s local.get 0 i32.load16_u offset=2 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 23020054               b.lo #0x70
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;   @0027: i32.load8_s
;;      38: fa03132a               mov w26, w19
;;      3c: fa031a2a               mov w26, w26
;;      40: 5a031b8b               add x26, x26, x27
;;      44: 5a03c039               ldrsb w26, [x26]
;;   @002c: i32.load16_u offset=2
;;      48: e903132a               mov w9, w19
;;      4c: e903092a               mov w9, w9
;;      50: 29011b8b               add x9, x9, x27
;;      54: 29054079               ldrh w9, [x9, #2]
;;   @002f: i32.add
;;      58: 5a03090b               add w26, w26, w9
;;   @0030: end
;;      5c: e0031a2a               mov w0, w26
;;      60: b3835ef8               ldur x19, [x29, #-0x18]
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      70: 00000000               udf #0
