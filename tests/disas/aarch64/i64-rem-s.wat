;; i64.rem_s: INT_MIN % -1 is 0, not a trap.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 83010054               b.lo #0x58
;;      2c: a2831ef8               stur x2, [x29, #-0x18]
;;      30: a3031ef8               stur x3, [x29, #-0x20]
;;   @0025: i64.rem_s
;;      34: b3035ef8               ldur x19, [x29, #-0x20]
;;      38: b4835ef8               ldur x20, [x29, #-0x18]
;;      3c: 130100b4               cbz x19, #0x5c
;;      40: 900ed39a               sdiv x16, x20, x19
;;      44: 14d2139b               msub x20, x16, x19, x20
;;   @0026: end
;;      48: e00314aa               mov x0, x20
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      58: 00000000               udf #0
;;   @0025: i64.rem_s
;;      5c: 00000000               udf #0
