;; i32.mul, and a multiply by an immediate.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.mul i32.const 10 i32.mul))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 27 instructions, 108 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 03020054               b.lo #0x68
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: f303022a               mov w19, w2
;;      38: f403032a               mov w20, w3
;;   @0025: i32.mul
;;      3c: fa03142a               mov w26, w20
;;      40: e903132a               mov w9, w19
;;      44: 297d1a1b               mul w9, w9, w26
;;   @0028: i32.mul
;;      48: 50018052               mov w16, #0xa
;;      4c: 297d101b               mul w9, w9, w16
;;   @0029: end
;;      50: e003092a               mov w0, w9
;;      54: b3835ef8               ldur x19, [x29, #-0x18]
;;      58: b4035ef8               ldur x20, [x29, #-0x20]
;;      5c: bf030091               mov sp, x29
;;      60: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      64: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      68: 00000000               udf #0
