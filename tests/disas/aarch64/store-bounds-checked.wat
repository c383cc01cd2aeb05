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
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 03020054               b.lo #0x6c
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;      34: a0031efc               stur d0, [x29, #-0x20]
;;   @0029: f64.store
;;      38: a0035efc               ldur d0, [x29, #-0x20]
;;      3c: b3835eb8               ldur w19, [x29, #-0x18]
;;      40: f303132a               mov w19, w19
;;      44: 74220091               add x20, x19, #8
;;      48: 73021b8b               add x19, x19, x27
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
