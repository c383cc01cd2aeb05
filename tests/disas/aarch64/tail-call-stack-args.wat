;; A tail call with stack arguments writes them over the caller's incoming
;; ones (which it first copies to value-stack slots when it reads them), then
;; tears the frame down and jumps.
(module
  (func $f (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (return_call $f (local.get 9) (local.get 8) (local.get 7) (local.get 6) (local.get 5)
      (local.get 4) (local.get 3) (local.get 2) (local.get 1) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 45 instructions, 180 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0304d1               sub sp, sp, #0x100
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 43040054               b.lo #0xb0
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a3031eb8               stur w3, [x29, #-0x20]
;;      34: a4831db8               stur w4, [x29, #-0x28]
;;      38: a5031db8               stur w5, [x29, #-0x30]
;;      3c: a6831cb8               stur w6, [x29, #-0x38]
;;      40: a7031cb8               stur w7, [x29, #-0x40]
;;   @0036: return_call $f
;;      44: b02b40b9               ldr w16, [x29, #0x28]
;;      48: b0031bb8               stur w16, [x29, #-0x50]
;;      4c: b02340b9               ldr w16, [x29, #0x20]
;;      50: b0031ab8               stur w16, [x29, #-0x60]
;;      54: b01b40b9               ldr w16, [x29, #0x18]
;;      58: b00319b8               stur w16, [x29, #-0x70]
;;      5c: b01340b9               ldr w16, [x29, #0x10]
;;      60: b00318b8               stur w16, [x29, #-0x80]
;;      64: b0035db8               ldur w16, [x29, #-0x30]
;;      68: b01300b9               str w16, [x29, #0x10]
;;      6c: b0835db8               ldur w16, [x29, #-0x28]
;;      70: b01b00b9               str w16, [x29, #0x18]
;;      74: b0035eb8               ldur w16, [x29, #-0x20]
;;      78: b02300b9               str w16, [x29, #0x20]
;;      7c: b0835eb8               ldur w16, [x29, #-0x18]
;;      80: b02b00b9               str w16, [x29, #0x28]
;;      84: e0031caa               mov x0, x28
;;      88: e1031caa               mov x1, x28
;;      8c: a2035bb8               ldur w2, [x29, #-0x50]
;;      90: a3035ab8               ldur w3, [x29, #-0x60]
;;      94: a40359b8               ldur w4, [x29, #-0x70]
;;      98: a50358b8               ldur w5, [x29, #-0x80]
;;      9c: a6035cb8               ldur w6, [x29, #-0x40]
;;      a0: a7835cb8               ldur w7, [x29, #-0x38]
;;      a4: bf030091               mov sp, x29
;;      a8: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      ac: d5ffff17               b #0
;;   @0021: (func $f (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      b0: 00000000               udf #0
