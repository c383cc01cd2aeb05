;;! no-guard-pages
;;! set enable_heap_access_spectre_mitigation=false
;; Without guard pages every access is bounds-checked against the memory's length. With
;; Spectre mitigation off (wasmtime defaults it on) the check is a branch to an out-of-line trap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 27 instructions, 108 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43020054               b.lo #0x64
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 9b2b40f9               ldr x27, [x28, #0x50]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0027: i32.load offset=4
;;      34: fa03132a               mov w26, w19
;;      38: 49230091               add x9, x26, #8
;;      3c: 8f2f40f9               ldr x15, [x28, #0x58]
;;      40: 3f010feb               cmp x9, x15
;;      44: 28010054               b.hi #0x68
;;      48: 5a031b8b               add x26, x26, x27
;;      4c: 5a0740b9               ldr w26, [x26, #4]
;;   @002a: end
;;      50: e0031a2a               mov w0, w26
;;      54: b3835ef8               ldur x19, [x29, #-0x18]
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      64: 00000000               udf #0
;;   @0027: i32.load offset=4
;;      68: 00000000               udf #0
