;; Narrow sign- and zero-extending loads.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load8_s local.get 0 i32.load16_u offset=2 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: e3010054               b.lo #0x58
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0027: i32.load8_s
;;      34: 7a4bf338               ldrsb w26, [x27, w19, uxtw]
;;   @002c: i32.load16_u offset=2
;;      38: 6943338b               add x9, x27, w19, uxtw
;;      3c: 29054079               ldrh w9, [x9, #2]
;;   @002f: i32.add
;;      40: 5a03090b               add w26, w26, w9
;;   @0030: end
;;      44: e0031a2a               mov w0, w26
;;      48: b3835ef8               ldur x19, [x29, #-0x18]
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      58: 00000000               udf #0
