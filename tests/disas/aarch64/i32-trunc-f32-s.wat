;; A trapping float-to-int truncation.
(module (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_f32_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 34 instructions, 136 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03030054               b.lo #0x7c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040201e               fmov s16, s0
;;   @0022: i32.trunc_f32_s
;;      2c: 0042201e               fmov s0, s16
;;      30: 0020201e               fcmp s0, s0
;;      34: fa079f1a               cset w26, ne
;;      38: 5a020035               cbnz w26, #0x80
;;      3c: 300080d2               mov x16, #1
;;      40: 10e0b9f2               movk x16, #0xcf00, lsl #16
;;      44: 0102271e               fmov s1, w16
;;      48: 0020211e               fcmp s0, s1
;;      4c: fad79f1a               cset w26, gt
;;      50: ba010034               cbz w26, #0x84
;;      54: 10e0a9d2               mov x16, #0x4f000000
;;      58: 0102271e               fmov s1, w16
;;      5c: 0020211e               fcmp s0, s1
;;      60: fa579f1a               cset w26, mi
;;      64: 1a010034               cbz w26, #0x84
;;      68: 1a00381e               fcvtzs w26, s0
;;   @0023: end
;;      6c: e0031a2a               mov w0, w26
;;      70: bf030091               mov sp, x29
;;      74: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      78: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param f32) (result i32)
;;      7c: 00000000               udf #0
;;   @0022: i32.trunc_f32_s
;;      80: 00000000               udf #0
;;      84: 00000000               udf #0
