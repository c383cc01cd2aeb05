;;! set enable_table_access_spectre_mitigation=false
;; With table Spectre mitigation off, `table.get` is bounds-checked by a branch alone.
(module
  (table 4 externref)
  (func (export "f") (param i32) (result externref) (table.get 0 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 50 instructions, 200 bytes
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
;;      28: c3040054               b.lo #0xc0
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;   @0028: table.get 0
;;      30: b3835eb8               ldur w19, [x29, #-0x18]
;;      34: 945340b9               ldr w20, [x28, #0x50]
;;      38: 7f02146b               cmp w19, w20
;;      3c: 42040054               b.hs #0xc4
;;      40: 942740f9               ldr x20, [x28, #0x48]
;;      44: f303132a               mov w19, w19
;;      48: 73f27dd3               lsl x19, x19, #3
;;      4c: 9402138b               add x20, x20, x19
;;      50: 73fe43d3               lsr x19, x19, #3
;;      54: 940240f9               ldr x20, [x20]
;;      58: b4831df8               stur x20, [x29, #-0x28]
;;      5c: b40200b4               cbz x20, #0xb0
;;      60: 8f1340f9               ldr x15, [x28, #0x20]
;;      64: f30140f9               ldr x19, [x15]
;;      68: ef0540f9               ldr x15, [x15, #8]
;;      6c: 7f020feb               cmp x19, x15
;;      70: 40010054               b.eq #0x98
;;      74: 740200f9               str x20, [x19]
;;      78: 900240f9               ldr x16, [x20]
;;      7c: 10060091               add x16, x16, #1
;;      80: 900200f9               str x16, [x20]
;;      84: 8f1340f9               ldr x15, [x28, #0x20]
;;      88: f00140f9               ldr x16, [x15]
;;      8c: 10220091               add x16, x16, #8
;;      90: f00100f9               str x16, [x15]
;;      94: 07000014               b #0xb0
;;      98: e0031caa               mov x0, x28
;;      9c: a1835df8               ldur x1, [x29, #-0x28]
;;      a0: 8f1f40f9               ldr x15, [x28, #0x38]
;;      a4: ef3d40f9               ldr x15, [x15, #0x78]
;;      a8: e0013fd6               blr x15
;;      ac: bc835ff8               ldur x28, [x29, #-8]
;;   @002a: end
;;      b0: a0835df8               ldur x0, [x29, #-0x28]
;;      b4: bf030091               mov sp, x29
;;      b8: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      bc: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32) (result externref)
;;      c0: 00000000               udf #0
;;   @0028: table.get 0
;;      c4: 00000000               udf #0
