;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 32 instructions, 128 bytes
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
;;      28: a3020054               b.lo #0x7c
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: f303022a               mov w19, w2
;;      38: f403032a               mov w20, w3
;;   @0027: i32.lt_u
;;      3c: fa03142a               mov w26, w20
;;      40: e903132a               mov w9, w19
;;   @0028: br_if 0 (;@1;)
;;      44: 3f011a6b               cmp w9, w26
;;      48: e3000054               b.lo #0x64
;;   @002c: return
;;      4c: 20008052               mov w0, #1
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: b4035ef8               ldur x20, [x29, #-0x20]
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @0030: end
;;      64: 40008052               mov w0, #2
;;      68: b3835ef8               ldur x19, [x29, #-0x18]
;;      6c: b4035ef8               ldur x20, [x29, #-0x20]
;;      70: bf030091               mov sp, x29
;;      74: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      78: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      7c: 00000000               udf #0
