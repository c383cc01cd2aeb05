;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 30 instructions, 120 bytes
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
;;      28: 63020054               b.lo #0x74
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;   @0027: memory.grow
;;      30: b3835eb8               ldur w19, [x29, #-0x18]
;;      34: f303132a               mov w19, w19
;;      38: e0031caa               mov x0, x28
;;      3c: e10313aa               mov x1, x19
;;      40: 02008052               mov w2, #0
;;      44: 8f1f40f9               ldr x15, [x28, #0x38]
;;      48: ef0140f9               ldr x15, [x15]
;;      4c: e0013fd6               blr x15
;;      50: bc835ff8               ldur x28, [x29, #-8]
;;      54: f303002a               mov w19, w0
;;   @0029: memory.size
;;      58: 8f2f40f9               ldr x15, [x28, #0x58]
;;      5c: f4fd50d3               lsr x20, x15, #0x10
;;   @002b: i32.add
;;      60: 7302140b               add w19, w19, w20
;;   @002c: end
;;      64: e003132a               mov w0, w19
;;      68: bf030091               mov sp, x29
;;      6c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      70: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      74: 00000000               udf #0
