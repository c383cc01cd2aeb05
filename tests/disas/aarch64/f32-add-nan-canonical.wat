;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, a NaN result is replaced by the canonical 0x7fc00000.
(module (func (export "f") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23020054               b.lo #0x64
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 1040201e               fmov s16, s0
;;      30: 3140201e               fmov s17, s1
;;   @0025: f32.add
;;      34: 2042201e               fmov s0, s17
;;      38: 0142201e               fmov s1, s16
;;      3c: 2128201e               fadd s1, s1, s0
;;      40: 2020211e               fcmp s1, s1
;;      44: fa079f1a               cset w26, ne
;;      48: 7a000034               cbz w26, #0x54
;;      4c: 10f8afd2               mov x16, #0x7fc00000
;;      50: 0102271e               fmov s1, w16
;;   @0026: end
;;      54: 2040201e               fmov s0, s1
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      64: 00000000               udf #0
