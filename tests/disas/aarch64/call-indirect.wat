;; call_indirect: table bounds, lazy funcref init, signature check.
(module (type $t (func (param i32) (result i32))) (table 2 funcref) (func $a (type $t) local.get 0) (elem (i32.const 0) $a) (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $t)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (a): kindling, aarch64-unknown-linux-gnu: 17 instructions, 68 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: c3000054               b.lo #0x40
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;   @0038: end
;;      30: a0835eb8               ldur w0, [x29, #-0x18]
;;      34: bf030091               mov sp, x29
;;      38: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      3c: c0035fd6               ret
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;      40: 00000000               udf #0
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 57 instructions, 228 bytes
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
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
;;   @003f: call_indirect (type $t)
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
;;      90: 740200b4               cbz x20, #0xdc
;;      94: 932340f9               ldr x19, [x28, #0x40]
;;      98: 730240b9               ldr w19, [x19]
;;      9c: 8f1a40b9               ldr w15, [x20, #0x18]
;;      a0: 7f020f6b               cmp w19, w15
;;      a4: e1010054               b.ne #0xe0
;;      a8: e1031caa               mov x1, x28
;;      ac: 801240f9               ldr x0, [x20, #0x20]
;;      b0: a2835eb8               ldur w2, [x29, #-0x18]
;;      b4: 8f0a40f9               ldr x15, [x20, #0x10]
;;      b8: e0013fd6               blr x15
;;      bc: bc835ff8               ldur x28, [x29, #-8]
;;      c0: f303002a               mov w19, w0
;;   @0042: end
;;      c4: e003132a               mov w0, w19
;;      c8: bf030091               mov sp, x29
;;      cc: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      d0: c0035fd6               ret
;;   @003a: (func (;1;) (type 1) (param i32 i32) (result i32)
;;      d4: 00000000               udf #0
;;   @003f: call_indirect (type $t)
;;      d8: 00000000               udf #0
;;      dc: 00000000               udf #0
;;      e0: 00000000               udf #0
