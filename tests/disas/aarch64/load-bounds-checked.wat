;;! no-guard-pages
;; Without guard pages every access is bounds-checked against the memory's length. Under
;; Spectre mitigation (wasmtime's default) the check is branch-free, as Cranelift's: the whole
;; address, offset included, becomes null by a conditional move when the access would end past
;; the memory's length, and the load itself faults there. Not even a mispredicted path can read
;; outside the heap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83020054               b.lo #0x6c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0027: i32.load offset=4
;;      34: fa03132a               mov w26, w19
;;      38: 49230091               add x9, x26, #8
;;      3c: 5a031b8b               add x26, x26, x27
;;      40: 5a130091               add x26, x26, #4
;;      44: 8f2f40f9               ldr x15, [x28, #0x58]
;;      48: 3f010feb               cmp x9, x15
;;      4c: fa839a9a               csel x26, xzr, x26, hi
;;      50: 9f2203d5               csdb
;;      54: 5a0340b9               ldr w26, [x26]
;;   @002a: end
;;      58: e0031a2a               mov w0, w26
;;      5c: b3835ef8               ldur x19, [x29, #-0x18]
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      6c: 00000000               udf #0
