;; A load from a memory with guard pages: no bounds check.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0027: i32.load
;;      34: 7a4b73b8               ldr w26, [x27, w19, uxtw]
;;   @002a: end
;;      38: e0031a2a               mov w0, w26
;;      3c: b3835ef8               ldur x19, [x29, #-0x18]
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      4c: 00000000               udf #0
