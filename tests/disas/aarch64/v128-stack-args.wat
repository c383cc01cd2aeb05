;; v128 arguments beyond the argument registers go in 16-byte, 16-byte-aligned stack slots.
(module
  (func $many (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128) (i32x4.add (local.get 9) (local.get 10)))
  (func (export "call") (param v128) (result v128) (call $many (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (i32.const 1) (local.get 0) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (many): kindling, aarch64-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8303d1               sub sp, sp, #0xe0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3020054               b.lo #0x74
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: a0039e3c               stur q0, [x29, #-0x20]
;;      2c: a1039d3c               stur q1, [x29, #-0x30]
;;      30: a2039c3c               stur q2, [x29, #-0x40]
;;      34: a3039b3c               stur q3, [x29, #-0x50]
;;      38: a4039a3c               stur q4, [x29, #-0x60]
;;      3c: a503993c               stur q5, [x29, #-0x70]
;;      40: a603983c               stur q6, [x29, #-0x80]
;;      44: a703973c               stur q7, [x29, #-0x90]
;;      48: a28316b8               stur w2, [x29, #-0x98]
;;      4c: b007c03d               ldr q16, [x29, #0x10]
;;      50: b10bc03d               ldr q17, [x29, #0x20]
;;   @0037: i32x4.add
;;      54: 201eb14e               mov v0.16b, v17.16b
;;      58: 011eb04e               mov v1.16b, v16.16b
;;      5c: 2184a04e               add v1.4s, v1.4s, v0.4s
;;   @003a: end
;;      60: 201ca14e               mov v0.16b, v1.16b
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: ff830091               add sp, sp, #0x20
;;      70: c0035fd6               ret
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;      74: 00000000               udf #0
;; wasm[0]::function[1] (call): kindling, aarch64-unknown-linux-gnu: 33 instructions, 132 bytes
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc303d1               sub sp, sp, #0xf0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23030054               b.lo #0x80
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0053: call $many
;;      2c: f003803d               str q16, [sp]
;;      30: f007803d               str q16, [sp, #0x10]
;;      34: e0031caa               mov x0, x28
;;      38: e1031caa               mov x1, x28
;;      3c: 001eb04e               mov v0.16b, v16.16b
;;      40: 011eb04e               mov v1.16b, v16.16b
;;      44: 021eb04e               mov v2.16b, v16.16b
;;      48: 031eb04e               mov v3.16b, v16.16b
;;      4c: 041eb04e               mov v4.16b, v16.16b
;;      50: 051eb04e               mov v5.16b, v16.16b
;;      54: 061eb04e               mov v6.16b, v16.16b
;;      58: 071eb04e               mov v7.16b, v16.16b
;;      5c: 22008052               mov w2, #1
;;      60: b0039e3c               stur q16, [x29, #-0x20]
;;      64: c7ffff97               bl #0xffffffffffffff80
;;      68: ff8300d1               sub sp, sp, #0x20
;;      6c: bc835ff8               ldur x28, [x29, #-8]
;;      70: b003de3c               ldur q16, [x29, #-0x20]
;;   @0055: end
;;      74: bf030091               mov sp, x29
;;      78: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      7c: c0035fd6               ret
;;   @003c: (func (;1;) (type 1) (param v128) (result v128)
;;      80: 00000000               udf #0
