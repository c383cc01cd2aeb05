;; A store with a static offset.
(module (memory 1) (func (export "f") (param i32 i64) local.get 0 local.get 1 i64.store offset=16))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
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
;;      2c: 63010054               b.lo #0x58
;;      30: a2831eb8               stur w2, [x29, #-0x18]
;;      34: a3031ef8               stur x3, [x29, #-0x20]
;;   @0029: i64.store offset=16
;;      38: b3035ef8               ldur x19, [x29, #-0x20]
;;      3c: b4835eb8               ldur w20, [x29, #-0x18]
;;      40: f403142a               mov w20, w20
;;      44: 94021b8b               add x20, x20, x27
;;      48: 930a00f9               str x19, [x20, #0x10]
;;   @002c: end
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @0024: (func (;0;) (type 0) (param i32 i64)
;;      58: 00000000               udf #0
