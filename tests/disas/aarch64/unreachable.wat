;; unreachable traps through an out-of-line stub.
(module (func (export "f") unreachable))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 13 instructions, 52 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4300d1               sub sp, sp, #0x10
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83000054               b.lo #0x30
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;   @001e: unreachable
;;      2c: 00000000               udf #0
;;   @001d: (func (;0;) (type 0)
;;      30: 00000000               udf #0
