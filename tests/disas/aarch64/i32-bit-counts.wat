;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3020054               b.lo #0x74
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @0022: i32.clz
;;      30: fa03132a               mov w26, w19
;;      34: 5a13c05a               clz w26, w26
;;   @0025: i32.ctz
;;      38: e903132a               mov w9, w19
;;      3c: 2901c05a               rbit w9, w9
;;      40: 2911c05a               clz w9, w9
;;   @0026: i32.add
;;      44: 5a03090b               add w26, w26, w9
;;   @0029: i32.popcnt
;;      48: e903132a               mov w9, w19
;;      4c: 3f01271e               fmov s31, w9
;;      50: ff5b200e               cnt v31.8b, v31.8b
;;      54: ffbb310e               addv b31, v31.8b
;;      58: e903261e               fmov w9, s31
;;   @002a: i32.add
;;      5c: 5a03090b               add w26, w26, w9
;;   @002b: end
;;      60: e0031a2a               mov w0, w26
;;      64: b3835ef8               ldur x19, [x29, #-0x18]
;;      68: bf030091               mov sp, x29
;;      6c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      70: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      74: 00000000               udf #0
