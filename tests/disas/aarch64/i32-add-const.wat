;; An immediate operand: the constant stays latent and becomes `add r, imm`.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.const 100 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63010054               b.lo #0x48
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @0025: i32.add
;;      30: 7a920111               add w26, w19, #0x64
;;   @0026: end
;;      34: e0031a2a               mov w0, w26
;;      38: b3835ef8               ldur x19, [x29, #-0x18]
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      48: 00000000               udf #0
