;;! set enable_table_access_spectre_mitigation=false
;; With table Spectre mitigation off, `table.get` is bounds-checked by a branch alone.
(module
  (table 4 externref)
  (func (export "f") (param i32) (result externref) (table.get 0 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 51 instructions, 204 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 43050054               b.lo #0xc4
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @0028: table.get 0
;;      30: fa03132a               mov w26, w19
;;      34: 895340b9               ldr w9, [x28, #0x50]
;;      38: 5f03096b               cmp w26, w9
;;      3c: 62040054               b.hs #0xc8
;;      40: 892740f9               ldr x9, [x28, #0x48]
;;      44: fa031a2a               mov w26, w26
;;      48: 5af37dd3               lsl x26, x26, #3
;;      4c: 29011a8b               add x9, x9, x26
;;      50: 5aff43d3               lsr x26, x26, #3
;;      54: 290140f9               ldr x9, [x9]
;;      58: a9031df8               stur x9, [x29, #-0x30]
;;      5c: a90200b4               cbz x9, #0xb0
;;      60: 8f1340f9               ldr x15, [x28, #0x20]
;;      64: fa0140f9               ldr x26, [x15]
;;      68: ef0540f9               ldr x15, [x15, #8]
;;      6c: 5f030feb               cmp x26, x15
;;      70: 40010054               b.eq #0x98
;;      74: 490300f9               str x9, [x26]
;;      78: 300140f9               ldr x16, [x9]
;;      7c: 10060091               add x16, x16, #1
;;      80: 300100f9               str x16, [x9]
;;      84: 8f1340f9               ldr x15, [x28, #0x20]
;;      88: f00140f9               ldr x16, [x15]
;;      8c: 10220091               add x16, x16, #8
;;      90: f00100f9               str x16, [x15]
;;      94: 07000014               b #0xb0
;;      98: e0031caa               mov x0, x28
;;      9c: a1035df8               ldur x1, [x29, #-0x30]
;;      a0: 8f1f40f9               ldr x15, [x28, #0x38]
;;      a4: ef3d40f9               ldr x15, [x15, #0x78]
;;      a8: e0013fd6               blr x15
;;      ac: bc835ff8               ldur x28, [x29, #-8]
;;   @002a: end
;;      b0: a0035df8               ldur x0, [x29, #-0x30]
;;      b4: b3835ef8               ldur x19, [x29, #-0x18]
;;      b8: bf030091               mov sp, x29
;;      bc: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      c0: c0035fd6               ret
;;   @0025: (func (;0;) (type 0) (param i32) (result externref)
;;      c4: 00000000               udf #0
;;   @0028: table.get 0
;;      c8: 00000000               udf #0
