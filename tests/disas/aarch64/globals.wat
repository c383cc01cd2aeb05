;; Mutable global get and set.
(module (global $g (mut i64) (i64.const 0)) (func (export "f") (param i64) global.get $g local.get 0 i64.add global.set $g))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f30302aa               mov x19, x2
;;   @0027: global.get $g
;;      30: 9a2b40f9               ldr x26, [x28, #0x50]
;;   @002b: i64.add
;;      34: 5a03138b               add x26, x26, x19
;;   @002c: global.set $g
;;      38: 9a2b00f9               str x26, [x28, #0x50]
;;   @002e: end
;;      3c: b3835ef8               ldur x19, [x29, #-0x18]
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0026: (func (;0;) (type 0) (param i64)
;;      4c: 00000000               udf #0
