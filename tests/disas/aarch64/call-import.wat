;; A call to an imported (host) function.
(module (import "env" "h" (func $h (param i64) (result i64))) (func (export "f") (param i64) (result i64) local.get 0 call $h))

;; ==== kindling disas ====
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: a3010054               b.lo #0x5c
;;      2c: a2831ef8               stur x2, [x29, #-0x18]
;;   @002d: call $h
;;      30: e1031caa               mov x1, x28
;;      34: 803340f9               ldr x0, [x28, #0x60]
;;      38: a2835ef8               ldur x2, [x29, #-0x18]
;;      3c: 8f2740f9               ldr x15, [x28, #0x48]
;;      40: e0013fd6               blr x15
;;      44: bc835ff8               ldur x28, [x29, #-8]
;;      48: f30300aa               mov x19, x0
;;   @002f: end
;;      4c: e00313aa               mov x0, x19
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @002a: (func (;1;) (type 0) (param i64) (result i64)
;;      5c: 00000000               udf #0
