;;! no-guard-pages
;; A bounds-checked store.
(module (memory 1) (func (export "f") (param i32 f64) local.get 0 local.get 1 f64.store))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 83020054               b.lo #0x70
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 9b2b40f9               ldr x27, [x28, #0x50]
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;      38: 1040601e               fmov d16, d0
;;   @0029: f64.store
;;      3c: 0042601e               fmov d0, d16
;;      40: fa03132a               mov w26, w19
;;      44: 49230091               add x9, x26, #8
;;      48: 5a031b8b               add x26, x26, x27
;;      4c: 8f2f40f9               ldr x15, [x28, #0x58]
;;      50: 3f010feb               cmp x9, x15
;;      54: fa839a9a               csel x26, xzr, x26, hi
;;      58: 9f2203d5               csdb
;;      5c: 400300fd               str d0, [x26]
;;   @002c: end
;;      60: b3835ef8               ldur x19, [x29, #-0x18]
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32 f64)
;;      70: 00000000               udf #0
