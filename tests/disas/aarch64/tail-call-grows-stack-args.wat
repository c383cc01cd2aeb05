;; A tail call passing more stack arguments than its caller received builds
;; them at SP, reads the frame record, copies them up (highest chunk first)
;; so that they end where the caller's ended, moves the return address below
;; them and jumps; the callee pops them as it returns.
(module
  (func $wide (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 9)
  (func (export "grow") (param i64) (result i64)
    (return_call $wide (local.get 0) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
      (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (wide): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8301d1               sub sp, sp, #0x60
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23020054               b.lo #0x60
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: a2031ef8               stur x2, [x29, #-0x20]
;;      30: a3831df8               stur x3, [x29, #-0x28]
;;      34: a4031df8               stur x4, [x29, #-0x30]
;;      38: a5831cf8               stur x5, [x29, #-0x38]
;;      3c: a6031cf8               stur x6, [x29, #-0x40]
;;      40: a7831bf8               stur x7, [x29, #-0x48]
;;      44: b31740f9               ldr x19, [x29, #0x28]
;;   @0034: end
;;      48: e00313aa               mov x0, x19
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: ff830091               add sp, sp, #0x20
;;      5c: c0035fd6               ret
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      60: 00000000               udf #0
;; wasm[0]::function[1] (grow): kindling, aarch64-unknown-linux-gnu: 38 instructions, 152 bytes
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8303d1               sub sp, sp, #0xe0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3030054               b.lo #0x94
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f30302aa               mov x19, x2
;;   @004b: return_call $wide
;;      30: d00080d2               mov x16, #6
;;      34: f00300f9               str x16, [sp]
;;      38: f00080d2               mov x16, #7
;;      3c: f00700f9               str x16, [sp, #8]
;;      40: 100180d2               mov x16, #8
;;      44: f00b00f9               str x16, [sp, #0x10]
;;      48: f30f00f9               str x19, [sp, #0x18]
;;      4c: e0031caa               mov x0, x28
;;      50: e1031caa               mov x1, x28
;;      54: e20313aa               mov x2, x19
;;      58: 230080d2               mov x3, #1
;;      5c: 440080d2               mov x4, #2
;;      60: 650080d2               mov x5, #3
;;      64: 860080d2               mov x6, #4
;;      68: a70080d2               mov x7, #5
;;      6c: b3835ef8               ldur x19, [x29, #-0x18]
;;      70: a94300d1               sub x9, x29, #0x10
;;      74: be0740f9               ldr x30, [x29, #8]
;;      78: bd0340f9               ldr x29, [x29]
;;      7c: ff07c03d               ldr q31, [sp, #0x10]
;;      80: 3f05803d               str q31, [x9, #0x10]
;;      84: ff03c03d               ldr q31, [sp]
;;      88: 3f01803d               str q31, [x9]
;;      8c: 3f010091               mov sp, x9
;;      90: c0ffff17               b #0xffffffffffffff90
;;   @0036: (func (;1;) (type 1) (param i64) (result i64)
;;      94: 00000000               udf #0
