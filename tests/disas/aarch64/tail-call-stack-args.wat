;; A tail call with stack arguments writes them over the caller's incoming
;; ones (which it first copies to value-stack slots when it reads them), then
;; tears the frame down and jumps.
(module
  (func $f (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (return_call $f (local.get 9) (local.get 8) (local.get 7) (local.get 6) (local.get 5)
      (local.get 4) (local.get 3) (local.get 2) (local.get 1) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 53 instructions, 212 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0305d1               sub sp, sp, #0x140
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3050054               b.lo #0xd0
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: b5831df8               stur x21, [x29, #-0x28]
;;      34: b6031df8               stur x22, [x29, #-0x30]
;;      38: b7831cf8               stur x23, [x29, #-0x38]
;;      3c: b8031cf8               stur x24, [x29, #-0x40]
;;      40: b9831bf8               stur x25, [x29, #-0x48]
;;      44: f303022a               mov w19, w2
;;      48: f403032a               mov w20, w3
;;      4c: f503042a               mov w21, w4
;;      50: f603052a               mov w22, w5
;;      54: f703062a               mov w23, w6
;;      58: f803072a               mov w24, w7
;;      5c: b91340b9               ldr w25, [x29, #0x10]
;;   @0036: return_call $f
;;      60: b02b40b9               ldr w16, [x29, #0x28]
;;      64: b00317b8               stur w16, [x29, #-0x90]
;;      68: b02340b9               ldr w16, [x29, #0x20]
;;      6c: b00316b8               stur w16, [x29, #-0xa0]
;;      70: b01b40b9               ldr w16, [x29, #0x18]
;;      74: b00315b8               stur w16, [x29, #-0xb0]
;;      78: b61300b9               str w22, [x29, #0x10]
;;      7c: b51b00b9               str w21, [x29, #0x18]
;;      80: b42300b9               str w20, [x29, #0x20]
;;      84: b32b00b9               str w19, [x29, #0x28]
;;      88: e0031caa               mov x0, x28
;;      8c: e1031caa               mov x1, x28
;;      90: e503192a               mov w5, w25
;;      94: e603182a               mov w6, w24
;;      98: e703172a               mov w7, w23
;;      9c: a20357b8               ldur w2, [x29, #-0x90]
;;      a0: a30356b8               ldur w3, [x29, #-0xa0]
;;      a4: a40355b8               ldur w4, [x29, #-0xb0]
;;      a8: b3835ef8               ldur x19, [x29, #-0x18]
;;      ac: b4035ef8               ldur x20, [x29, #-0x20]
;;      b0: b5835df8               ldur x21, [x29, #-0x28]
;;      b4: b6035df8               ldur x22, [x29, #-0x30]
;;      b8: b7835cf8               ldur x23, [x29, #-0x38]
;;      bc: b8035cf8               ldur x24, [x29, #-0x40]
;;      c0: b9835bf8               ldur x25, [x29, #-0x48]
;;      c4: bf030091               mov sp, x29
;;      c8: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      cc: cdffff17               b #0
;;   @0021: (func $f (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      d0: 00000000               udf #0
