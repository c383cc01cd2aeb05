;;! set enable_table_access_spectre_mitigation=false
;; With table Spectre mitigation off, `table.get` is bounds-checked by a branch alone.
(module
  (table 4 externref)
  (func (export "f") (param i32) (result externref) (table.get 0 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 54 instructions, 216 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e10b               bltu sp, t5, 0xac
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0028: table.get 0
;;      38: 138c0400               mv s8, s1
;;      3c: 83ac0d05               lw s9, 0x50(s11)
;;      40: 637a9c09               bgeu s8, s9, 0x94
;;      44: 83bc8d04               ld s9, 0x48(s11)
;;      48: 131c0c02               slli s8, s8, 0x20
;;      4c: 135c0c02               srli s8, s8, 0x20
;;      50: 131c3c00               slli s8, s8, 3
;;      54: b38c8c01               add s9, s9, s8
;;      58: 135c3c00               srli s8, s8, 3
;;      5c: 83bc0c00               ld s9, 0(s9)
;;      60: 233894fd               sd s9, -0x30(s0)
;;      64: 63880c04               beqz s9, 0x50
;;      68: 03be0d02               ld t3, 0x20(s11)
;;      6c: 033c0e00               ld s8, 0(t3)
;;      70: 033e8e00               ld t3, 8(t3)
;;      74: 6304cc03               beq s8, t3, 0x28
;;      78: 23309c01               sd s9, 0(s8)
;;      7c: 03bf0c00               ld t5, 0(s9)
;;      80: 130f1f00               addi t5, t5, 1
;;      84: 23b0ec01               sd t5, 0(s9)
;;      88: 03be0d02               ld t3, 0x20(s11)
;;      8c: 033f0e00               ld t5, 0(t3)
;;      90: 130f8f00               addi t5, t5, 8
;;      94: 2330ee01               sd t5, 0(t3)
;;      98: 6f00c001               j 0x1c
;;      9c: 13850d00               mv a0, s11
;;      a0: 833504fd               ld a1, -0x30(s0)
;;      a4: 03be8d03               ld t3, 0x38(s11)
;;      a8: 033e8e07               ld t3, 0x78(t3)
;;      ac: e7000e00               jalr t3
;;      b0: 833d84ff               ld s11, -8(s0)
;;   @002a: end
;;      b4: 033504fd               ld a0, -0x30(s0)
;;      b8: 833484fe               ld s1, -0x18(s0)
;;      bc: 13010400               mv sp, s0
;;      c0: 83308100               ld ra, 8(sp)
;;      c4: 03340100               ld s0, 0(sp)
;;      c8: 13010101               addi sp, sp, 0x10
;;      cc: 67800000               ret
;;   @0025: (func (;0;) (type 0) (param i32) (result externref)
;;      d0: 731000c0               unimp
;;   @0028: table.get 0
;;      d4: 731000c0               unimp
