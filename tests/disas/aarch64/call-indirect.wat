;; call_indirect: table bounds, lazy funcref init, signature check.
(module (type $t (func (param i32) (result i32))) (table 2 funcref) (func $a (type $t) local.get 0) (elem (i32.const 0) $a) (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $t)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (a): kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43010054               b.lo #0x44
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @0038: end
;;      30: e003132a               mov w0, w19
;;      34: b3835ef8               ldur x19, [x29, #-0x18]
;;      38: bf030091               mov sp, x29
;;      3c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      40: c0035fd6               ret
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;      44: 00000000               udf #0
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 60 instructions, 240 bytes
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
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
;;   @003f: call_indirect (type $t)
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
;;      94: a90200b4               cbz x9, #0xe8
;;      98: 9a2340f9               ldr x26, [x28, #0x40]
;;      9c: 5a0340b9               ldr w26, [x26]
;;      a0: 2f1940b9               ldr w15, [x9, #0x18]
;;      a4: 5f030f6b               cmp w26, w15
;;      a8: 21020054               b.ne #0xec
;;      ac: e1031caa               mov x1, x28
;;      b0: e203132a               mov w2, w19
;;      b4: 201140f9               ldr x0, [x9, #0x20]
;;      b8: 2f0940f9               ldr x15, [x9, #0x10]
;;      bc: e0013fd6               blr x15
;;      c0: bc835ff8               ldur x28, [x29, #-8]
;;      c4: fa03002a               mov w26, w0
;;   @0042: end
;;      c8: e0031a2a               mov w0, w26
;;      cc: b3835ef8               ldur x19, [x29, #-0x18]
;;      d0: b4035ef8               ldur x20, [x29, #-0x20]
;;      d4: bf030091               mov sp, x29
;;      d8: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      dc: c0035fd6               ret
;;   @003a: (func (;1;) (type 1) (param i32 i32) (result i32)
;;      e0: 00000000               udf #0
;;   @003f: call_indirect (type $t)
;;      e4: 00000000               udf #0
;;      e8: 00000000               udf #0
;;      ec: 00000000               udf #0
