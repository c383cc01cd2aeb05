;; A trapping float-to-int truncation.
(module (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_f32_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 35 instructions, 140 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 03030054               b.lo #0x80
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 1040201e               fmov s16, s0
;;   @0022: i32.trunc_f32_s
;;      30: 0042201e               fmov s0, s16
;;      34: 0020201e               fcmp s0, s0
;;      38: fa079f1a               cset w26, ne
;;      3c: 5a020035               cbnz w26, #0x84
;;      40: 300080d2               mov x16, #1
;;      44: 10e0b9f2               movk x16, #0xcf00, lsl #16
;;      48: 0102271e               fmov s1, w16
;;      4c: 0020211e               fcmp s0, s1
;;      50: fad79f1a               cset w26, gt
;;      54: ba010034               cbz w26, #0x88
;;      58: 10e0a9d2               mov x16, #0x4f000000
;;      5c: 0102271e               fmov s1, w16
;;      60: 0020211e               fcmp s0, s1
;;      64: fa579f1a               cset w26, mi
;;      68: 1a010034               cbz w26, #0x88
;;      6c: 1a00381e               fcvtzs w26, s0
;;   @0023: end
;;      70: e0031a2a               mov w0, w26
;;      74: bf030091               mov sp, x29
;;      78: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      7c: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param f32) (result i32)
;;      80: 00000000               udf #0
;;   @0022: i32.trunc_f32_s
;;      84: 00000000               udf #0
;;      88: 00000000               udf #0
