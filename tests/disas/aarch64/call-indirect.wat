;; call_indirect: table bounds, lazy funcref init, signature check.
(module (type $t (func (param i32) (result i32))) (table 2 funcref) (func $a (type $t) local.get 0) (elem (i32.const 0) $a) (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $t)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (a): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 43010054               b.lo #0x48
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0038: end
;;      34: e003132a               mov w0, w19
;;      38: b3835ef8               ldur x19, [x29, #-0x18]
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;      48: 00000000               udf #0
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 61 instructions, 244 bytes
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
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
;;   @003f: call_indirect (type $t)
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
;;      98: a90200b4               cbz x9, #0xec
;;      9c: 9a2340f9               ldr x26, [x28, #0x40]
;;      a0: 5a0340b9               ldr w26, [x26]
;;      a4: 2f1940b9               ldr w15, [x9, #0x18]
;;      a8: 5f030f6b               cmp w26, w15
;;      ac: 21020054               b.ne #0xf0
;;      b0: e1031caa               mov x1, x28
;;      b4: e203132a               mov w2, w19
;;      b8: 201140f9               ldr x0, [x9, #0x20]
;;      bc: 2f0940f9               ldr x15, [x9, #0x10]
;;      c0: e0013fd6               blr x15
;;      c4: bc835ff8               ldur x28, [x29, #-8]
;;      c8: fa03002a               mov w26, w0
;;   @0042: end
;;      cc: e0031a2a               mov w0, w26
;;      d0: b3835ef8               ldur x19, [x29, #-0x18]
;;      d4: b4035ef8               ldur x20, [x29, #-0x20]
;;      d8: bf030091               mov sp, x29
;;      dc: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      e0: c0035fd6               ret
;;   @003a: (func (;1;) (type 1) (param i32 i32) (result i32)
;;      e4: 00000000               udf #0
;;   @003f: call_indirect (type $t)
;;      e8: 00000000               udf #0
;;      ec: 00000000               udf #0
;;      f0: 00000000               udf #0
