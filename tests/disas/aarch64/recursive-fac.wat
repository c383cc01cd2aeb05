;; Recursive factorial.
(module (func $fac (export "fac") (param i64) (result i64) local.get 0 i64.const 1 i64.le_u if (result i64) i64.const 1 else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (fac): kindling, aarch64-unknown-linux-gnu: 33 instructions, 132 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 03030054               b.lo #0x80
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f30302aa               mov x19, x2
;;   @0027: if (result i64) ;; label = @1
;;      34: 7f0600f1               cmp x19, #1
;;      38: 88000054               b.hi #0x48
;;   @002b: else
;;      3c: 300080d2               mov x16, #1
;;      40: b0031df8               stur x16, [x29, #-0x30]
;;      44: 0a000014               b #0x6c
;;   @0032: i64.sub
;;      48: 7a0600d1               sub x26, x19, #1
;;   @0033: call $fac
;;      4c: e0031caa               mov x0, x28
;;      50: e1031caa               mov x1, x28
;;      54: e2031aaa               mov x2, x26
;;      58: eaffff97               bl #0
;;      5c: bc835ff8               ldur x28, [x29, #-8]
;;      60: fa0300aa               mov x26, x0
;;   @0035: i64.mul
;;      64: 7a7e1a9b               mul x26, x19, x26
;;   @0036: end
;;      68: ba031df8               stur x26, [x29, #-0x30]
;;   @0037: end
;;      6c: a0035df8               ldur x0, [x29, #-0x30]
;;      70: b3835ef8               ldur x19, [x29, #-0x18]
;;      74: bf030091               mov sp, x29
;;      78: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      7c: c0035fd6               ret
;;   @0021: (func $fac (;0;) (type 0) (param i64) (result i64)
;;      80: 00000000               udf #0
