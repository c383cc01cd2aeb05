;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 32 instructions, 128 bytes
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
;;      2c: 83020054               b.lo #0x7c
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;   @0027: memory.grow
;;      34: b3835eb8               ldur w19, [x29, #-0x18]
;;      38: f303132a               mov w19, w19
;;      3c: e0031caa               mov x0, x28
;;      40: e10313aa               mov x1, x19
;;      44: 02008052               mov w2, #0
;;      48: 8f1f40f9               ldr x15, [x28, #0x38]
;;      4c: ef0140f9               ldr x15, [x15]
;;      50: e0013fd6               blr x15
;;      54: bc835ff8               ldur x28, [x29, #-8]
;;      58: 9b2b40f9               ldr x27, [x28, #0x50]
;;      5c: f303002a               mov w19, w0
;;   @0029: memory.size
;;      60: 8f2f40f9               ldr x15, [x28, #0x58]
;;      64: f4fd50d3               lsr x20, x15, #0x10
;;   @002b: i32.add
;;      68: 7302140b               add w19, w19, w20
;;   @002c: end
;;      6c: e003132a               mov w0, w19
;;      70: bf030091               mov sp, x29
;;      74: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      78: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      7c: 00000000               udf #0
