;;! set enable_table_access_spectre_mitigation=false
;; With table Spectre mitigation off, `table.get` is bounds-checked by a branch alone.
(module
  (table 4 externref)
  (func (export "f") (param i32) (result externref) (table.get 0 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 52 instructions, 208 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 43050054               b.lo #0xc8
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0028: table.get 0
;;      34: fa03132a               mov w26, w19
;;      38: 895340b9               ldr w9, [x28, #0x50]
;;      3c: 5f03096b               cmp w26, w9
;;      40: 62040054               b.hs #0xcc
;;      44: 892740f9               ldr x9, [x28, #0x48]
;;      48: fa031a2a               mov w26, w26
;;      4c: 5af37dd3               lsl x26, x26, #3
;;      50: 29011a8b               add x9, x9, x26
;;      54: 5aff43d3               lsr x26, x26, #3
;;      58: 290140f9               ldr x9, [x9]
;;      5c: a9031df8               stur x9, [x29, #-0x30]
;;      60: a90200b4               cbz x9, #0xb4
;;      64: 8f1340f9               ldr x15, [x28, #0x20]
;;      68: fa0140f9               ldr x26, [x15]
;;      6c: ef0540f9               ldr x15, [x15, #8]
;;      70: 5f030feb               cmp x26, x15
;;      74: 40010054               b.eq #0x9c
;;      78: 490300f9               str x9, [x26]
;;      7c: 300140f9               ldr x16, [x9]
;;      80: 10060091               add x16, x16, #1
;;      84: 300100f9               str x16, [x9]
;;      88: 8f1340f9               ldr x15, [x28, #0x20]
;;      8c: f00140f9               ldr x16, [x15]
;;      90: 10220091               add x16, x16, #8
;;      94: f00100f9               str x16, [x15]
;;      98: 07000014               b #0xb4
;;      9c: e0031caa               mov x0, x28
;;      a0: a1035df8               ldur x1, [x29, #-0x30]
;;      a4: 8f1f40f9               ldr x15, [x28, #0x38]
;;      a8: ef3d40f9               ldr x15, [x15, #0x78]
;;      ac: e0013fd6               blr x15
;;      b0: bc835ff8               ldur x28, [x29, #-8]
;;   @002a: end
;;      b4: a0035df8               ldur x0, [x29, #-0x30]
;;      b8: b3835ef8               ldur x19, [x29, #-0x18]
;;      bc: bf030091               mov sp, x29
;;      c0: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      c4: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32) (result externref)
;;      c8: 00000000               udf #0
;;   @0028: table.get 0
;;      cc: 00000000               udf #0
