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
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 9b2b40f9               ldr x27, [x28, #0x50]
;;      1c: 900740f9               ldr x16, [x28, #8]
;;      20: 100240f9               ldr x16, [x16]
;;      24: f1030091               mov x17, sp
;;      28: 3f0210eb               cmp x17, x16
;;      2c: 03020054               b.lo #0x6c
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;   @0027: i32.load offset=4
;;      34: b3835eb8               ldur w19, [x29, #-0x18]
;;      38: f303132a               mov w19, w19
;;      3c: 74220091               add x20, x19, #8
;;      40: 73021b8b               add x19, x19, x27
;;      44: 73120091               add x19, x19, #4
;;      48: 8f2f40f9               ldr x15, [x28, #0x58]
;;      4c: 9f020feb               cmp x20, x15
;;      50: f383939a               csel x19, xzr, x19, hi
;;      54: 9f2203d5               csdb
;;      58: 730240b9               ldr w19, [x19]
;;   @002a: end
;;      5c: e003132a               mov w0, w19
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      6c: 00000000               udf #0
