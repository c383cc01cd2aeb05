;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 29 instructions, 116 bytes
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
;;      28: 43020054               b.lo #0x70
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;   @0022: i32.clz
;;      30: b3835eb8               ldur w19, [x29, #-0x18]
;;      34: 7312c05a               clz w19, w19
;;   @0025: i32.ctz
;;      38: b4835eb8               ldur w20, [x29, #-0x18]
;;      3c: 9402c05a               rbit w20, w20
;;      40: 9412c05a               clz w20, w20
;;   @0026: i32.add
;;      44: 7302140b               add w19, w19, w20
;;   @0029: i32.popcnt
;;      48: b4835eb8               ldur w20, [x29, #-0x18]
;;      4c: 9f02271e               fmov s31, w20
;;      50: ff5b200e               cnt v31.8b, v31.8b
;;      54: ffbb310e               addv b31, v31.8b
;;      58: f403261e               fmov w20, s31
;;   @002a: i32.add
;;      5c: 7302140b               add w19, w19, w20
;;   @002b: end
;;      60: e003132a               mov w0, w19
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      70: 00000000               udf #0
