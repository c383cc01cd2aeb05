;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 27 instructions, 108 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8301d1               sub sp, sp, #0x60
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 03020054               b.lo #0x68
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a3031eb8               stur w3, [x29, #-0x20]
;;      34: a4831db8               stur w4, [x29, #-0x28]
;;   @002c: memory.fill
;;      38: e0031caa               mov x0, x28
;;      3c: 010080d2               mov x1, #0
;;      40: a2835eb8               ldur w2, [x29, #-0x18]
;;      44: a3035eb8               ldur w3, [x29, #-0x20]
;;      48: a4835db8               ldur w4, [x29, #-0x28]
;;      4c: 8f1f40f9               ldr x15, [x28, #0x38]
;;      50: ef1540f9               ldr x15, [x15, #0x28]
;;      54: e0013fd6               blr x15
;;      58: bc835ff8               ldur x28, [x29, #-8]
;;   @002f: end
;;      5c: bf030091               mov sp, x29
;;      60: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      64: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      68: 00000000               udf #0
