;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 31 instructions, 124 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: c3020054               b.lo #0x78
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0022: i32.clz
;;      34: fa03132a               mov w26, w19
;;      38: 5a13c05a               clz w26, w26
;;   @0025: i32.ctz
;;      3c: e903132a               mov w9, w19
;;      40: 2901c05a               rbit w9, w9
;;      44: 2911c05a               clz w9, w9
;;   @0026: i32.add
;;      48: 5a03090b               add w26, w26, w9
;;   @0029: i32.popcnt
;;      4c: e903132a               mov w9, w19
;;      50: 3f01271e               fmov s31, w9
;;      54: ff5b200e               cnt v31.8b, v31.8b
;;      58: ffbb310e               addv b31, v31.8b
;;      5c: e903261e               fmov w9, s31
;;   @002a: i32.add
;;      60: 5a03090b               add w26, w26, w9
;;   @002b: end
;;      64: e0031a2a               mov w0, w26
;;      68: b3835ef8               ldur x19, [x29, #-0x18]
;;      6c: bf030091               mov sp, x29
;;      70: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      74: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      78: 00000000               udf #0
