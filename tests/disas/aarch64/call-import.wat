;; A call to an imported (host) function.
(module (import "env" "h" (func $h (param i64) (result i64))) (func (export "f") (param i64) (result i64) local.get 0 call $h))

;; ==== kindling disas ====
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23020054               b.lo #0x60
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f30302aa               mov x19, x2
;;   @002d: call $h
;;      30: e1031caa               mov x1, x28
;;      34: e20313aa               mov x2, x19
;;      38: 803340f9               ldr x0, [x28, #0x60]
;;      3c: 8f2740f9               ldr x15, [x28, #0x48]
;;      40: e0013fd6               blr x15
;;      44: bc835ff8               ldur x28, [x29, #-8]
;;      48: fa0300aa               mov x26, x0
;;   @002f: end
;;      4c: e0031aaa               mov x0, x26
;;      50: b3835ef8               ldur x19, [x29, #-0x18]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @002a: (func (;1;) (type 0) (param i64) (result i64)
;;      60: 00000000               udf #0
