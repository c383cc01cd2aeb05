;; Sign-bit operators.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.copysign f32.neg f32.abs))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 27 instructions, 108 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63020054               b.lo #0x68
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040201e               fmov s16, s0
;;      2c: 3140201e               fmov s17, s1
;;   @0025: f32.copysign
;;      30: 2042201e               fmov s0, s17
;;      34: 0142201e               fmov s1, s16
;;      38: 3000261e               fmov w16, s1
;;      3c: 1100261e               fmov w17, s0
;;      40: 107a0012               and w16, w16, #0x7fffffff
;;      44: 31020112               and w17, w17, #0x80000000
;;      48: 1002112a               orr w16, w16, w17
;;      4c: 0102271e               fmov s1, w16
;;   @0026: f32.neg
;;      50: 2140211e               fneg s1, s1
;;   @0027: f32.abs
;;      54: 21c0201e               fabs s1, s1
;;   @0028: end
;;      58: 2040201e               fmov s0, s1
;;      5c: bf030091               mov sp, x29
;;      60: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      64: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      68: 00000000               udf #0
