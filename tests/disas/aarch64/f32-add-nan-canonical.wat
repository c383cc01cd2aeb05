;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, a NaN result is replaced by the canonical 0x7fc00000.
(module (func (export "f") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23020054               b.lo #0x60
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040201e               fmov s16, s0
;;      2c: 3140201e               fmov s17, s1
;;   @0025: f32.add
;;      30: 2042201e               fmov s0, s17
;;      34: 0142201e               fmov s1, s16
;;      38: 2128201e               fadd s1, s1, s0
;;      3c: 2020211e               fcmp s1, s1
;;      40: fa079f1a               cset w26, ne
;;      44: 7a000034               cbz w26, #0x50
;;      48: 10f8afd2               mov x16, #0x7fc00000
;;      4c: 0102271e               fmov s1, w16
;;   @0026: end
;;      50: 2040201e               fmov s0, s1
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      60: 00000000               udf #0
