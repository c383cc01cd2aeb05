;; Bitwise operators.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 0 local.get 1 i32.and local.get 2 i32.or local.get 0 i32.xor))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: e3010054               b.lo #0x64
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a3031eb8               stur w3, [x29, #-0x20]
;;      34: a4831db8               stur w4, [x29, #-0x28]
;;   @0026: i32.and
;;      38: b3035eb8               ldur w19, [x29, #-0x20]
;;      3c: b4835eb8               ldur w20, [x29, #-0x18]
;;      40: 9402130a               and w20, w20, w19
;;   @0029: i32.or
;;      44: b3835db8               ldur w19, [x29, #-0x28]
;;      48: 9402132a               orr w20, w20, w19
;;   @002c: i32.xor
;;      4c: b3835eb8               ldur w19, [x29, #-0x18]
;;      50: 9402134a               eor w20, w20, w19
;;   @002d: end
;;      54: e003142a               mov w0, w20
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      64: 00000000               udf #0
