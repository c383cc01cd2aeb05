;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 56 instructions, 224 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 63050054               b.lo #0xd4
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a3031eb8               stur w3, [x29, #-0x20]
;;   @002a: table.get 0
;;      34: b3035eb8               ldur w19, [x29, #-0x20]
;;      38: 945340b9               ldr w20, [x28, #0x50]
;;      3c: 7f02146b               cmp w19, w20
;;      40: c2040054               b.hs #0xd8
;;      44: 7f02146b               cmp w19, w20
;;      48: f323939a               csel x19, xzr, x19, hs
;;      4c: 9f2203d5               csdb
;;      50: 942740f9               ldr x20, [x28, #0x48]
;;      54: f303132a               mov w19, w19
;;      58: 73f27dd3               lsl x19, x19, #3
;;      5c: 9402138b               add x20, x20, x19
;;      60: 73fe43d3               lsr x19, x19, #3
;;      64: 940240f9               ldr x20, [x20]
;;      68: 340100b5               cbnz x20, #0x8c
;;      6c: e0031caa               mov x0, x28
;;      70: e203132a               mov w2, w19
;;      74: 01008052               mov w1, #0
;;      78: 8f1f40f9               ldr x15, [x28, #0x38]
;;      7c: ef2540f9               ldr x15, [x15, #0x48]
;;      80: e0013fd6               blr x15
;;      84: bc835ff8               ldur x28, [x29, #-8]
;;      88: f40300aa               mov x20, x0
;;      8c: 94fa7f92               and x20, x20, #0xfffffffffffffffe
;;   @002c: table.set 0
;;      90: b3835eb8               ldur w19, [x29, #-0x18]
;;      94: 955340b9               ldr w21, [x28, #0x50]
;;      98: 7f02156b               cmp w19, w21
;;      9c: 02020054               b.hs #0xdc
;;      a0: 7f02156b               cmp w19, w21
;;      a4: f323939a               csel x19, xzr, x19, hs
;;      a8: 9f2203d5               csdb
;;      ac: 952740f9               ldr x21, [x28, #0x48]
;;      b0: f303132a               mov w19, w19
;;      b4: 73f27dd3               lsl x19, x19, #3
;;      b8: b502138b               add x21, x21, x19
;;      bc: 73fe43d3               lsr x19, x19, #3
;;      c0: 940240b2               orr x20, x20, #1
;;      c4: b40200f9               str x20, [x21]
;;   @002e: end
;;      c8: bf030091               mov sp, x29
;;      cc: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      d0: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;      d4: 00000000               udf #0
;;   @002a: table.get 0
;;      d8: 00000000               udf #0
;;   @002c: table.set 0
;;      dc: 00000000               udf #0
