;; A saturating unsigned truncation.
(module (func (export "f") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 35 instructions, 140 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63030054               b.lo #0x88
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040601e               fmov d16, d0
;;   @0022: i64.trunc_sat_f64_u
;;      2c: 0042601e               fmov d0, d16
;;      30: 1a0080d2               mov x26, #0
;;      34: 0020601e               fcmp d0, d0
;;      38: e9079f1a               cset w9, ne
;;      3c: e9010035               cbnz w9, #0x78
;;      40: 1a0080d2               mov x26, #0
;;      44: 10fef7d2               mov x16, #-0x4010000000000000
;;      48: 0102679e               fmov d1, x16
;;      4c: 0020611e               fcmp d0, d1
;;      50: e9d79f1a               cset w9, gt
;;      54: 29010034               cbz w9, #0x78
;;      58: 1a008092               mov x26, #-1
;;      5c: 107ee8d2               mov x16, #0x43f0000000000000
;;      60: 0102679e               fmov d1, x16
;;      64: 0020611e               fcmp d0, d1
;;      68: e9579f1a               cset w9, mi
;;      6c: 49000035               cbnz w9, #0x74
;;      70: 02000014               b #0x78
;;      74: 1a00799e               fcvtzu x26, d0
;;   @0024: end
;;      78: e0031aaa               mov x0, x26
;;      7c: bf030091               mov sp, x29
;;      80: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      84: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      88: 00000000               udf #0
