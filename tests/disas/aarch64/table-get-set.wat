;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 60 instructions, 240 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23060054               b.lo #0xe4
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: f303022a               mov w19, w2
;;      38: f403032a               mov w20, w3
;;   @002a: table.get 0
;;      3c: fa03142a               mov w26, w20
;;      40: 895340b9               ldr w9, [x28, #0x50]
;;      44: 5f03096b               cmp w26, w9
;;      48: 02050054               b.hs #0xe8
;;      4c: 5f03096b               cmp w26, w9
;;      50: fa239a9a               csel x26, xzr, x26, hs
;;      54: 9f2203d5               csdb
;;      58: 892740f9               ldr x9, [x28, #0x48]
;;      5c: fa031a2a               mov w26, w26
;;      60: 5af37dd3               lsl x26, x26, #3
;;      64: 29011a8b               add x9, x9, x26
;;      68: 5aff43d3               lsr x26, x26, #3
;;      6c: 290140f9               ldr x9, [x9]
;;      70: 290100b5               cbnz x9, #0x94
;;      74: e0031caa               mov x0, x28
;;      78: e2031a2a               mov w2, w26
;;      7c: 01008052               mov w1, #0
;;      80: 8f1f40f9               ldr x15, [x28, #0x38]
;;      84: ef2540f9               ldr x15, [x15, #0x48]
;;      88: e0013fd6               blr x15
;;      8c: bc835ff8               ldur x28, [x29, #-8]
;;      90: e90300aa               mov x9, x0
;;      94: 29f97f92               and x9, x9, #0xfffffffffffffffe
;;   @002c: table.set 0
;;      98: fa03132a               mov w26, w19
;;      9c: 8a5340b9               ldr w10, [x28, #0x50]
;;      a0: 5f030a6b               cmp w26, w10
;;      a4: 42020054               b.hs #0xec
;;      a8: 5f030a6b               cmp w26, w10
;;      ac: fa239a9a               csel x26, xzr, x26, hs
;;      b0: 9f2203d5               csdb
;;      b4: 8a2740f9               ldr x10, [x28, #0x48]
;;      b8: fa031a2a               mov w26, w26
;;      bc: 5af37dd3               lsl x26, x26, #3
;;      c0: 4a011a8b               add x10, x10, x26
;;      c4: 5aff43d3               lsr x26, x26, #3
;;      c8: 290140b2               orr x9, x9, #1
;;      cc: 490100f9               str x9, [x10]
;;   @002e: end
;;      d0: b3835ef8               ldur x19, [x29, #-0x18]
;;      d4: b4035ef8               ldur x20, [x29, #-0x20]
;;      d8: bf030091               mov sp, x29
;;      dc: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      e0: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;      e4: 00000000               udf #0
;;   @002a: table.get 0
;;      e8: 00000000               udf #0
;;   @002c: table.set 0
;;      ec: 00000000               udf #0
