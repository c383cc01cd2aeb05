;; A comparison materialised as a value (setcc + movzx).
(module (func (export "f") (param i64 i64) (result i32) local.get 0 local.get 1 i64.lt_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: e3010054               b.lo #0x58
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: f30302aa               mov x19, x2
;;      34: f40303aa               mov x20, x3
;;   @0026: end
;;      38: 7f0214eb               cmp x19, x20
;;      3c: faa79f1a               cset w26, lt
;;      40: e0031a2a               mov w0, w26
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: b4035ef8               ldur x20, [x29, #-0x20]
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i32)
;;      58: 00000000               udf #0
