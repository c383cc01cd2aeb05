;; Multiple results.
(module (func (export "f") (param i32 i64) (result i64 i32) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
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
;;      28: 63010054               b.lo #0x54
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a3031ef8               stur x3, [x29, #-0x20]
;;      34: a4031ff8               stur x4, [x29, #-0x10]
;;   @0026: end
;;      38: af035ff8               ldur x15, [x29, #-0x10]
;;      3c: b0835eb8               ldur w16, [x29, #-0x18]
;;      40: f00100b9               str w16, [x15]
;;      44: a0035ef8               ldur x0, [x29, #-0x20]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0021: (func (;0;) (type 0) (param i32 i64) (result i64 i32)
;;      54: 00000000               udf #0
