;; i32.mul, and a multiply by an immediate.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.mul i32.const 10 i32.mul))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03020054               b.lo #0x5c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: f303022a               mov w19, w2
;;      34: f403032a               mov w20, w3
;;   @0025: i32.mul
;;      38: 7a7e141b               mul w26, w19, w20
;;   @0028: i32.mul
;;      3c: 50018052               mov w16, #0xa
;;      40: 5a7f101b               mul w26, w26, w16
;;   @0029: end
;;      44: e0031a2a               mov w0, w26
;;      48: b3835ef8               ldur x19, [x29, #-0x18]
;;      4c: b4035ef8               ldur x20, [x29, #-0x20]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      5c: 00000000               udf #0
