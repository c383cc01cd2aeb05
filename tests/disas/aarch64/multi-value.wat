;; Multiple results.
(module (func (export "f") (param i32 i64) (result i64 i32) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 03020054               b.lo #0x60
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: f303022a               mov w19, w2
;;      38: f40303aa               mov x20, x3
;;      3c: a4031ff8               stur x4, [x29, #-0x10]
;;   @0026: end
;;      40: af035ff8               ldur x15, [x29, #-0x10]
;;      44: f30100b9               str w19, [x15]
;;      48: e00314aa               mov x0, x20
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: b4035ef8               ldur x20, [x29, #-0x20]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0021: (func (;0;) (type 0) (param i32 i64) (result i64 i32)
;;      60: 00000000               udf #0
