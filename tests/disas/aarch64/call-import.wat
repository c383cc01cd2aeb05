;; A call to an imported (host) function.
(module (import "env" "h" (func $h (param i64) (result i64))) (func (export "f") (param i64) (result i64) local.get 0 call $h))

;; ==== kindling disas ====
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23020054               b.lo #0x64
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f30302aa               mov x19, x2
;;   @002d: call $h
;;      34: e1031caa               mov x1, x28
;;      38: e20313aa               mov x2, x19
;;      3c: 803340f9               ldr x0, [x28, #0x60]
;;      40: 8f2740f9               ldr x15, [x28, #0x48]
;;      44: e0013fd6               blr x15
;;      48: bc835ff8               ldur x28, [x29, #-8]
;;      4c: fa0300aa               mov x26, x0
;;   @002f: end
;;      50: e0031aaa               mov x0, x26
;;      54: b3835ef8               ldur x19, [x29, #-0x18]
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @002a: (func (;1;) (type 0) (param i64) (result i64)
;;      64: 00000000               udf #0
