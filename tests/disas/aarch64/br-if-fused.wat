;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3020054               b.lo #0x74
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: f303022a               mov w19, w2
;;      38: f403032a               mov w20, w3
;;   @0028: br_if 0 (;@1;)
;;      3c: 7f02146b               cmp w19, w20
;;      40: e3000054               b.lo #0x5c
;;   @002c: return
;;      44: 20008052               mov w0, #1
;;      48: b3835ef8               ldur x19, [x29, #-0x18]
;;      4c: b4035ef8               ldur x20, [x29, #-0x20]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0030: end
;;      5c: 40008052               mov w0, #2
;;      60: b3835ef8               ldur x19, [x29, #-0x18]
;;      64: b4035ef8               ldur x20, [x29, #-0x20]
;;      68: bf030091               mov sp, x29
;;      6c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      70: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      74: 00000000               udf #0
