;; Recursive factorial.
(module (func $fac (export "fac") (param i64) (result i64) local.get 0 i64.const 1 i64.le_u if (result i64) i64.const 1 else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (fac): kindling, aarch64-unknown-linux-gnu: 31 instructions, 124 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: c3020054               b.lo #0x78
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f30302aa               mov x19, x2
;;   @0027: if (result i64) ;; label = @1
;;      34: 7f0600f1               cmp x19, #1
;;      38: 68000054               b.hi #0x44
;;   @002b: else
;;      3c: 3a0080d2               mov x26, #1
;;      40: 09000014               b #0x64
;;   @0032: i64.sub
;;      44: 7a0600d1               sub x26, x19, #1
;;   @0033: call $fac
;;      48: e0031caa               mov x0, x28
;;      4c: e1031caa               mov x1, x28
;;      50: e2031aaa               mov x2, x26
;;      54: ebffff97               bl #0
;;      58: bc835ff8               ldur x28, [x29, #-8]
;;      5c: fa0300aa               mov x26, x0
;;   @0035: i64.mul
;;      60: 7a7e1a9b               mul x26, x19, x26
;;   @0037: end
;;      64: e0031aaa               mov x0, x26
;;      68: b3835ef8               ldur x19, [x29, #-0x18]
;;      6c: bf030091               mov sp, x29
;;      70: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      74: c0035fd6               ret
;;   @0021: (func $fac (;0;) (type 0) (param i64) (result i64)
;;      78: 00000000               udf #0
