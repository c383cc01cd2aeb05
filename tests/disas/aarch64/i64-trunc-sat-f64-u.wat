;; A saturating unsigned truncation.
(module (func (export "f") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 36 instructions, 144 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 63030054               b.lo #0x8c
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 1040601e               fmov d16, d0
;;   @0022: i64.trunc_sat_f64_u
;;      30: 0042601e               fmov d0, d16
;;      34: 1a0080d2               mov x26, #0
;;      38: 0020601e               fcmp d0, d0
;;      3c: e9079f1a               cset w9, ne
;;      40: e9010035               cbnz w9, #0x7c
;;      44: 1a0080d2               mov x26, #0
;;      48: 10fef7d2               mov x16, #-0x4010000000000000
;;      4c: 0102679e               fmov d1, x16
;;      50: 0020611e               fcmp d0, d1
;;      54: e9d79f1a               cset w9, gt
;;      58: 29010034               cbz w9, #0x7c
;;      5c: 1a008092               mov x26, #-1
;;      60: 107ee8d2               mov x16, #0x43f0000000000000
;;      64: 0102679e               fmov d1, x16
;;      68: 0020611e               fcmp d0, d1
;;      6c: e9579f1a               cset w9, mi
;;      70: 49000035               cbnz w9, #0x78
;;      74: 02000014               b #0x7c
;;      78: 1a00799e               fcvtzu x26, d0
;;   @0024: end
;;      7c: e0031aaa               mov x0, x26
;;      80: bf030091               mov sp, x29
;;      84: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      88: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      8c: 00000000               udf #0
