;; f64.max.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.max))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040601e               fmov d16, d0
;;      2c: 3140601e               fmov d17, d1
;;   @0025: f64.max
;;      30: 2042601e               fmov d0, d17
;;      34: 0142601e               fmov d1, d16
;;      38: 2148601e               fmax d1, d1, d0
;;   @0026: end
;;      3c: 2040601e               fmov d0, d1
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      4c: 00000000               udf #0
