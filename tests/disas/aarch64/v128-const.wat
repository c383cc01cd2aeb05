;; v128.const: zero by xor, otherwise each 64-bit half through a general register.
(module
  (func (export "zero") (result v128) (v128.const i64x2 0 0))
  (func (export "low") (result v128) (v128.const i64x2 0x1234 0))
  (func (export "both") (result v128) (v128.const i32x4 1 2 3 4)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (zero): kindling, aarch64-unknown-linux-gnu: 15 instructions, 60 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8300d1               sub sp, sp, #0x20
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: e3000054               b.lo #0x38
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;   @0031: v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
;;      28: 001c206e               eor v0.16b, v0.16b, v0.16b
;;   @0043: end
;;      2c: bf030091               mov sp, x29
;;      30: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      34: c0035fd6               ret
;;   @0030: (func (;0;) (type 0) (result v128)
;;      38: 00000000               udf #0
;; wasm[0]::function[1] (low): kindling, aarch64-unknown-linux-gnu: 16 instructions, 64 bytes
;;   @0030: (func (;0;) (type 0) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8300d1               sub sp, sp, #0x20
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03010054               b.lo #0x3c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;   @0046: v128.const i32x4 0x00001234 0x00000000 0x00000000 0x00000000
;;      28: 904682d2               mov x16, #0x1234
;;      2c: 0002679e               fmov d0, x16
;;   @0058: end
;;      30: bf030091               mov sp, x29
;;      34: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      38: c0035fd6               ret
;;   @0045: (func (;1;) (type 0) (result v128)
;;      3c: 00000000               udf #0
;; wasm[0]::function[2] (both): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;   @0045: (func (;1;) (type 0) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8300d1               sub sp, sp, #0x20
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;   @005b: v128.const i32x4 0x00000001 0x00000002 0x00000003 0x00000004
;;      28: 300080d2               mov x16, #1
;;      2c: 5000c0f2               movk x16, #2, lsl #32
;;      30: 0002679e               fmov d0, x16
;;      34: 700080d2               mov x16, #3
;;      38: 9000c0f2               movk x16, #4, lsl #32
;;      3c: 001e184e               mov v0.d[1], x16
;;   @006d: end
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @005a: (func (;2;) (type 0) (result v128)
;;      4c: 00000000               udf #0
