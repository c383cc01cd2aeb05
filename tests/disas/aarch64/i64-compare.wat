;; A comparison materialised as a value (setcc + movzx).
(module (func (export "f") (param i64 i64) (result i32) local.get 0 local.get 1 i64.lt_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
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
;;      28: 63010054               b.lo #0x54
;;      2c: a2831ef8               stur x2, [x29, #-0x18]
;;      30: a3031ef8               stur x3, [x29, #-0x20]
;;   @0025: i64.lt_s
;;      34: b3035ef8               ldur x19, [x29, #-0x20]
;;      38: b4835ef8               ldur x20, [x29, #-0x18]
;;   @0026: end
;;      3c: 9f0213eb               cmp x20, x19
;;      40: f4a79f1a               cset w20, lt
;;      44: e003142a               mov w0, w20
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i32)
;;      54: 00000000               udf #0
