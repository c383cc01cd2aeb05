;; i64.rem_s: INT_MIN % -1 is 0, not a trap.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 43020054               b.lo #0x68
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: f30302aa               mov x19, x2
;;      38: f40303aa               mov x20, x3
;;   @0025: i64.rem_s
;;      3c: fa0314aa               mov x26, x20
;;      40: e90313aa               mov x9, x19
;;      44: 5a0100b4               cbz x26, #0x6c
;;      48: 300dda9a               sdiv x16, x9, x26
;;      4c: 09a61a9b               msub x9, x16, x26, x9
;;   @0026: end
;;      50: e00309aa               mov x0, x9
;;      54: b3835ef8               ldur x19, [x29, #-0x18]
;;      58: b4035ef8               ldur x20, [x29, #-0x20]
;;      5c: bf030091               mov sp, x29
;;      60: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      64: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      68: 00000000               udf #0
;;   @0025: i64.rem_s
;;      6c: 00000000               udf #0
