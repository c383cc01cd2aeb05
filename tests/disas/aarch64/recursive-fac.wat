;; Recursive factorial.
(module (func $fac (export "fac") (param i64) (result i64) local.get 0 i64.const 1 i64.le_u if (result i64) i64.const 1 else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (fac): kindling, aarch64-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3020054               b.lo #0x74
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f30302aa               mov x19, x2
;;   @0027: if (result i64) ;; label = @1
;;      30: 7f0600f1               cmp x19, #1
;;      34: 68000054               b.hi #0x40
;;   @002b: else
;;      38: 3a0080d2               mov x26, #1
;;      3c: 09000014               b #0x60
;;   @0032: i64.sub
;;      40: 7a0600d1               sub x26, x19, #1
;;   @0033: call $fac
;;      44: e0031caa               mov x0, x28
;;      48: e1031caa               mov x1, x28
;;      4c: e2031aaa               mov x2, x26
;;      50: ecffff97               bl #0
;;      54: bc835ff8               ldur x28, [x29, #-8]
;;      58: fa0300aa               mov x26, x0
;;   @0035: i64.mul
;;      5c: 7a7e1a9b               mul x26, x19, x26
;;   @0037: end
;;      60: e0031aaa               mov x0, x26
;;      64: b3835ef8               ldur x19, [x29, #-0x18]
;;      68: bf030091               mov sp, x29
;;      6c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      70: c0035fd6               ret
;;   @0021: (func $fac (;0;) (type 0) (param i64) (result i64)
;;      74: 00000000               udf #0
