;;! no-guard-pages
;; A bounds-checked store.
(module (memory 1) (func (export "f") (param i32 f64) local.get 0 local.get 1 f64.store))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 23020054               b.lo #0x6c
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a0031efc               stur d0, [x29, #-0x20]
;;   @0029: f64.store
;;      34: a0035efc               ldur d0, [x29, #-0x20]
;;      38: b3835eb8               ldur w19, [x29, #-0x18]
;;      3c: f303132a               mov w19, w19
;;      40: 74220091               add x20, x19, #8
;;      44: 8f2b40f9               ldr x15, [x28, #0x50]
;;      48: 73020f8b               add x19, x19, x15
;;      4c: 8f2f40f9               ldr x15, [x28, #0x58]
;;      50: 9f020feb               cmp x20, x15
;;      54: f383939a               csel x19, xzr, x19, hi
;;      58: 9f2203d5               csdb
;;      5c: 600200fd               str d0, [x19]
;;   @002c: end
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32 f64)
;;      6c: 00000000               udf #0
