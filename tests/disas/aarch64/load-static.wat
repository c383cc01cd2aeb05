;; A load from a memory with guard pages: no bounds check.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83010054               b.lo #0x50
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 9b2b40f9               ldr x27, [x28, #0x50]
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;   @0027: i32.load
;;      38: 7a4b73b8               ldr w26, [x27, w19, uxtw]
;;   @002a: end
;;      3c: e0031a2a               mov w0, w26
;;      40: b3835ef8               ldur x19, [x29, #-0x18]
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      50: 00000000               udf #0
