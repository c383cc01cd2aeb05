;; A float comparison: unordered operands make it false.
(module (func (export "f") (param f64 f64) (result i32) local.get 0 local.get 1 f64.lt))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3010054               b.lo #0x54
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 1040601e               fmov d16, d0
;;      30: 3140601e               fmov d17, d1
;;   @0025: f64.lt
;;      34: 2042601e               fmov d0, d17
;;      38: 0142601e               fmov d1, d16
;;      3c: 2020601e               fcmp d1, d0
;;      40: fa579f1a               cset w26, mi
;;   @0026: end
;;      44: e0031a2a               mov w0, w26
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result i32)
;;      54: 00000000               udf #0
