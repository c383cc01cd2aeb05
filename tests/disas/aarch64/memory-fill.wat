;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8301d1               sub sp, sp, #0x60
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 23020054               b.lo #0x70
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;      34: a3031eb8               stur w3, [x29, #-0x20]
;;      38: a4831db8               stur w4, [x29, #-0x28]
;;   @002c: memory.fill
;;      3c: e0031caa               mov x0, x28
;;      40: 010080d2               mov x1, #0
;;      44: a2835eb8               ldur w2, [x29, #-0x18]
;;      48: a3035eb8               ldur w3, [x29, #-0x20]
;;      4c: a4835db8               ldur w4, [x29, #-0x28]
;;      50: 8f1f40f9               ldr x15, [x28, #0x38]
;;      54: ef1540f9               ldr x15, [x15, #0x28]
;;      58: e0013fd6               blr x15
;;      5c: bc835ff8               ldur x28, [x29, #-8]
;;      60: 9b2b40f9               ldr x27, [x28, #0x50]
;;   @002f: end
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      70: 00000000               udf #0
