;; eqz feeding select.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 1 local.get 2 local.get 0 i32.eqz select))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc301d1               sub sp, sp, #0x70
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3020054               b.lo #0x74
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: b5831df8               stur x21, [x29, #-0x28]
;;      34: f303022a               mov w19, w2
;;      38: f403032a               mov w20, w3
;;      3c: f503042a               mov w21, w4
;;   @0029: select
;;      40: 7f020071               cmp w19, #0
;;      44: fa179f1a               cset w26, eq
;;      48: e903152a               mov w9, w21
;;      4c: ea03142a               mov w10, w20
;;      50: 5f030071               cmp w26, #0
;;      54: 4911891a               csel w9, w10, w9, ne
;;   @002a: end
;;      58: e003092a               mov w0, w9
;;      5c: b3835ef8               ldur x19, [x29, #-0x18]
;;      60: b4035ef8               ldur x20, [x29, #-0x20]
;;      64: b5835df8               ldur x21, [x29, #-0x28]
;;      68: bf030091               mov sp, x29
;;      6c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      70: c0035fd6               ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      74: 00000000               udf #0
