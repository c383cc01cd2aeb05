;; f32.add.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.add))

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
;;      28: 1040201e               fmov s16, s0
;;      2c: 3140201e               fmov s17, s1
;;   @0025: f32.add
;;      30: 2042201e               fmov s0, s17
;;      34: 0142201e               fmov s1, s16
;;      38: 2128201e               fadd s1, s1, s0
;;   @0026: end
;;      3c: 2040201e               fmov s0, s1
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      4c: 00000000               udf #0
