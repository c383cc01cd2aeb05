;;! no-guard-pages
;; Without guard pages every access is bounds-checked against the memory's length. Under
;; Spectre mitigation (wasmtime's default) the check is branch-free, as Cranelift's: the whole
;; address, offset included, becomes null by a conditional move when the access would end past
;; the memory's length, and the load itself faults there. Not even a mispredicted path can read
;; outside the heap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 43020054               b.lo #0x74
;;      30: b3831ef8               stur x19, [x29, #-0x18]
;;      34: f303022a               mov w19, w2
;;   @0027: i32.load offset=4
;;      38: fa03132a               mov w26, w19
;;      3c: fa031a2a               mov w26, w26
;;      40: 49230091               add x9, x26, #8
;;      44: 5a031b8b               add x26, x26, x27
;;      48: 5a130091               add x26, x26, #4
;;      4c: 8f2f40f9               ldr x15, [x28, #0x58]
;;      50: 3f010feb               cmp x9, x15
;;      54: fa839a9a               csel x26, xzr, x26, hi
;;      58: 9f2203d5               csdb
;;      5c: 5a0340b9               ldr w26, [x26]
;;   @002a: end
;;      60: e0031a2a               mov w0, w26
;;      64: b3835ef8               ldur x19, [x29, #-0x18]
;;      68: bf030091               mov sp, x29
;;      6c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      70: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      74: 00000000               udf #0
