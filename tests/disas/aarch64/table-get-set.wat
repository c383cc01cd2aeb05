;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 59 instructions, 236 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23060054               b.lo #0xe0
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: f303022a               mov w19, w2
;;      34: f403032a               mov w20, w3
;;   @002a: table.get 0
;;      38: fa03142a               mov w26, w20
;;      3c: 895340b9               ldr w9, [x28, #0x50]
;;      40: 5f03096b               cmp w26, w9
;;      44: 02050054               b.hs #0xe4
;;      48: 5f03096b               cmp w26, w9
;;      4c: fa239a9a               csel x26, xzr, x26, hs
;;      50: 9f2203d5               csdb
;;      54: 892740f9               ldr x9, [x28, #0x48]
;;      58: fa031a2a               mov w26, w26
;;      5c: 5af37dd3               lsl x26, x26, #3
;;      60: 29011a8b               add x9, x9, x26
;;      64: 5aff43d3               lsr x26, x26, #3
;;      68: 290140f9               ldr x9, [x9]
;;      6c: 290100b5               cbnz x9, #0x90
;;      70: e0031caa               mov x0, x28
;;      74: e2031a2a               mov w2, w26
;;      78: 01008052               mov w1, #0
;;      7c: 8f1f40f9               ldr x15, [x28, #0x38]
;;      80: ef2540f9               ldr x15, [x15, #0x48]
;;      84: e0013fd6               blr x15
;;      88: bc835ff8               ldur x28, [x29, #-8]
;;      8c: e90300aa               mov x9, x0
;;      90: 29f97f92               and x9, x9, #0xfffffffffffffffe
;;   @002c: table.set 0
;;      94: fa03132a               mov w26, w19
;;      98: 8a5340b9               ldr w10, [x28, #0x50]
;;      9c: 5f030a6b               cmp w26, w10
;;      a0: 42020054               b.hs #0xe8
;;      a4: 5f030a6b               cmp w26, w10
;;      a8: fa239a9a               csel x26, xzr, x26, hs
;;      ac: 9f2203d5               csdb
;;      b0: 8a2740f9               ldr x10, [x28, #0x48]
;;      b4: fa031a2a               mov w26, w26
;;      b8: 5af37dd3               lsl x26, x26, #3
;;      bc: 4a011a8b               add x10, x10, x26
;;      c0: 5aff43d3               lsr x26, x26, #3
;;      c4: 290140b2               orr x9, x9, #1
;;      c8: 490100f9               str x9, [x10]
;;   @002e: end
;;      cc: b3835ef8               ldur x19, [x29, #-0x18]
;;      d0: b4035ef8               ldur x20, [x29, #-0x20]
;;      d4: bf030091               mov sp, x29
;;      d8: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      dc: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;      e0: 00000000               udf #0
;;   @002a: table.get 0
;;      e4: 00000000               udf #0
;;   @002c: table.set 0
;;      e8: 00000000               udf #0
