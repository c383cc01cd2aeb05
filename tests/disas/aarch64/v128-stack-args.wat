;; v128 arguments beyond the argument registers go in 16-byte, 16-byte-aligned stack slots.
(module
  (func $many (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128) (i32x4.add (local.get 9) (local.get 10)))
  (func (export "call") (param v128) (result v128) (call $many (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (i32.const 1) (local.get 0) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (many): kindling, aarch64-unknown-linux-gnu: 31 instructions, 124 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8303d1               sub sp, sp, #0xe0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: c3020054               b.lo #0x78
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: a0039e3c               stur q0, [x29, #-0x20]
;;      30: a1039d3c               stur q1, [x29, #-0x30]
;;      34: a2039c3c               stur q2, [x29, #-0x40]
;;      38: a3039b3c               stur q3, [x29, #-0x50]
;;      3c: a4039a3c               stur q4, [x29, #-0x60]
;;      40: a503993c               stur q5, [x29, #-0x70]
;;      44: a603983c               stur q6, [x29, #-0x80]
;;      48: a703973c               stur q7, [x29, #-0x90]
;;      4c: a28316b8               stur w2, [x29, #-0x98]
;;      50: b007c03d               ldr q16, [x29, #0x10]
;;      54: b10bc03d               ldr q17, [x29, #0x20]
;;   @0037: i32x4.add
;;      58: 201eb14e               mov v0.16b, v17.16b
;;      5c: 011eb04e               mov v1.16b, v16.16b
;;      60: 2184a04e               add v1.4s, v1.4s, v0.4s
;;   @003a: end
;;      64: 201ca14e               mov v0.16b, v1.16b
;;      68: bf030091               mov sp, x29
;;      6c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      70: ff830091               add sp, sp, #0x20
;;      74: c0035fd6               ret
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;      78: 00000000               udf #0
;; wasm[0]::function[1] (call): kindling, aarch64-unknown-linux-gnu: 34 instructions, 136 bytes
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc303d1               sub sp, sp, #0xf0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23030054               b.lo #0x84
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 101ca04e               mov v16.16b, v0.16b
;;   @0053: call $many
;;      30: f003803d               str q16, [sp]
;;      34: f007803d               str q16, [sp, #0x10]
;;      38: e0031caa               mov x0, x28
;;      3c: e1031caa               mov x1, x28
;;      40: 001eb04e               mov v0.16b, v16.16b
;;      44: 011eb04e               mov v1.16b, v16.16b
;;      48: 021eb04e               mov v2.16b, v16.16b
;;      4c: 031eb04e               mov v3.16b, v16.16b
;;      50: 041eb04e               mov v4.16b, v16.16b
;;      54: 051eb04e               mov v5.16b, v16.16b
;;      58: 061eb04e               mov v6.16b, v16.16b
;;      5c: 071eb04e               mov v7.16b, v16.16b
;;      60: 22008052               mov w2, #1
;;      64: b0039e3c               stur q16, [x29, #-0x20]
;;      68: c6ffff97               bl #0xffffffffffffff80
;;      6c: ff8300d1               sub sp, sp, #0x20
;;      70: bc835ff8               ldur x28, [x29, #-8]
;;      74: b003de3c               ldur q16, [x29, #-0x20]
;;   @0055: end
;;      78: bf030091               mov sp, x29
;;      7c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      80: c0035fd6               ret
;;   @003c: (func (;1;) (type 1) (param v128) (result v128)
;;      84: 00000000               udf #0
