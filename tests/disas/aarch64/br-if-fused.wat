;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3020054               b.lo #0x70
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: f303022a               mov w19, w2
;;      34: f403032a               mov w20, w3
;;   @0028: br_if 0 (;@1;)
;;      38: 7f02146b               cmp w19, w20
;;      3c: e3000054               b.lo #0x58
;;   @002c: return
;;      40: 20008052               mov w0, #1
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: b4035ef8               ldur x20, [x29, #-0x20]
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0030: end
;;      58: 40008052               mov w0, #2
;;      5c: b3835ef8               ldur x19, [x29, #-0x18]
;;      60: b4035ef8               ldur x20, [x29, #-0x20]
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      70: 00000000               udf #0
