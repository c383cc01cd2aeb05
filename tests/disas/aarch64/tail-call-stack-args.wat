;; A tail call with stack arguments writes them over the caller's incoming
;; ones (which it first copies to value-stack slots when it reads them), then
;; tears the frame down and jumps.
(module
  (func $f (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (return_call $f (local.get 9) (local.get 8) (local.get 7) (local.get 6) (local.get 5)
      (local.get 4) (local.get 3) (local.get 2) (local.get 1) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 54 instructions, 216 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0305d1               sub sp, sp, #0x140
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3050054               b.lo #0xd4
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: b5831df8               stur x21, [x29, #-0x28]
;;      38: b6031df8               stur x22, [x29, #-0x30]
;;      3c: b7831cf8               stur x23, [x29, #-0x38]
;;      40: b8031cf8               stur x24, [x29, #-0x40]
;;      44: b9831bf8               stur x25, [x29, #-0x48]
;;      48: f303022a               mov w19, w2
;;      4c: f403032a               mov w20, w3
;;      50: f503042a               mov w21, w4
;;      54: f603052a               mov w22, w5
;;      58: f703062a               mov w23, w6
;;      5c: f803072a               mov w24, w7
;;      60: b91340b9               ldr w25, [x29, #0x10]
;;   @0036: return_call $f
;;      64: b02b40b9               ldr w16, [x29, #0x28]
;;      68: b00317b8               stur w16, [x29, #-0x90]
;;      6c: b02340b9               ldr w16, [x29, #0x20]
;;      70: b00316b8               stur w16, [x29, #-0xa0]
;;      74: b01b40b9               ldr w16, [x29, #0x18]
;;      78: b00315b8               stur w16, [x29, #-0xb0]
;;      7c: b61300b9               str w22, [x29, #0x10]
;;      80: b51b00b9               str w21, [x29, #0x18]
;;      84: b42300b9               str w20, [x29, #0x20]
;;      88: b32b00b9               str w19, [x29, #0x28]
;;      8c: e0031caa               mov x0, x28
;;      90: e1031caa               mov x1, x28
;;      94: e503192a               mov w5, w25
;;      98: e603182a               mov w6, w24
;;      9c: e703172a               mov w7, w23
;;      a0: a20357b8               ldur w2, [x29, #-0x90]
;;      a4: a30356b8               ldur w3, [x29, #-0xa0]
;;      a8: a40355b8               ldur w4, [x29, #-0xb0]
;;      ac: b3835ef8               ldur x19, [x29, #-0x18]
;;      b0: b4035ef8               ldur x20, [x29, #-0x20]
;;      b4: b5835df8               ldur x21, [x29, #-0x28]
;;      b8: b6035df8               ldur x22, [x29, #-0x30]
;;      bc: b7835cf8               ldur x23, [x29, #-0x38]
;;      c0: b8035cf8               ldur x24, [x29, #-0x40]
;;      c4: b9835bf8               ldur x25, [x29, #-0x48]
;;      c8: bf030091               mov sp, x29
;;      cc: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      d0: ccffff17               b #0
;;   @0021: (func $f (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      d4: 00000000               udf #0
