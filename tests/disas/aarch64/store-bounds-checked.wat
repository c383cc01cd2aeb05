;;! no-guard-pages
;; A bounds-checked store.
(module (memory 1) (func (export "f") (param i32 f64) local.get 0 local.get 1 f64.store))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83020054               b.lo #0x6c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;      34: 1040601e               fmov d16, d0
;;   @0029: f64.store
;;      38: 0042601e               fmov d0, d16
;;      3c: fa03132a               mov w26, w19
;;      40: 49230091               add x9, x26, #8
;;      44: 5a031b8b               add x26, x26, x27
;;      48: 8f2f40f9               ldr x15, [x28, #0x58]
;;      4c: 3f010feb               cmp x9, x15
;;      50: fa839a9a               csel x26, xzr, x26, hi
;;      54: 9f2203d5               csdb
;;      58: 400300fd               str d0, [x26]
;;   @002c: end
;;      5c: b3835ef8               ldur x19, [x29, #-0x18]
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32 f64)
;;      6c: 00000000               udf #0
