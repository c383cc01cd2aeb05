;; f64 multiply, divide, subtract.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.mul local.get 1 f64.div local.get 0 f64.sub))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03020054               b.lo #0x5c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040601e               fmov d16, d0
;;      2c: 3140601e               fmov d17, d1
;;   @0025: f64.mul
;;      30: 2042601e               fmov d0, d17
;;      34: 0142601e               fmov d1, d16
;;      38: 2108601e               fmul d1, d1, d0
;;   @0028: f64.div
;;      3c: 2042601e               fmov d0, d17
;;      40: 2118601e               fdiv d1, d1, d0
;;   @002b: f64.sub
;;      44: 0042601e               fmov d0, d16
;;      48: 2138601e               fsub d1, d1, d0
;;   @002c: end
;;      4c: 2040601e               fmov d0, d1
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      5c: 00000000               udf #0
