;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 65 instructions, 260 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ae10d               bltu sp, t5, 0xd4
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 13890600               mv s2, a3
;;   @002a: table.get 0
;;      40: 130c0900               mv s8, s2
;;      44: 83ac0d05               lw s9, 0x50(s11)
;;      48: 637a9c0b               bgeu s8, s9, 0xb4
;;      4c: 333f9c01               sltu t5, s8, s9
;;      50: 134f1f00               xori t5, t5, 1
;;      54: 130fffff               addi t5, t5, -1
;;      58: 337cec01               and s8, s8, t5
;;      5c: 83bc8d04               ld s9, 0x48(s11)
;;      60: 131c0c02               slli s8, s8, 0x20
;;      64: 135c0c02               srli s8, s8, 0x20
;;      68: 131c3c00               slli s8, s8, 3
;;      6c: b38c8c01               add s9, s9, s8
;;      70: 135c3c00               srli s8, s8, 3
;;      74: 83bc0c00               ld s9, 0(s9)
;;      78: 63920c02               bnez s9, 0x24
;;      7c: 13850d00               mv a0, s11
;;      80: 13060c00               mv a2, s8
;;      84: 93050000               mv a1, zero
;;      88: 03be8d03               ld t3, 0x38(s11)
;;      8c: 033e8e04               ld t3, 0x48(t3)
;;      90: e7000e00               jalr t3
;;      94: 833d84ff               ld s11, -8(s0)
;;      98: 930c0500               mv s9, a0
;;      9c: 93fcecff               andi s9, s9, -2
;;   @002c: table.set 0
;;      a0: 138c0400               mv s8, s1
;;      a4: 83a20d05               lw t0, 0x50(s11)
;;      a8: 637c5c04               bgeu s8, t0, 0x58
;;      ac: 333f5c00               sltu t5, s8, t0
;;      b0: 134f1f00               xori t5, t5, 1
;;      b4: 130fffff               addi t5, t5, -1
;;      b8: 337cec01               and s8, s8, t5
;;      bc: 83b28d04               ld t0, 0x48(s11)
;;      c0: 131c0c02               slli s8, s8, 0x20
;;      c4: 135c0c02               srli s8, s8, 0x20
;;      c8: 131c3c00               slli s8, s8, 3
;;      cc: b3828201               add t0, t0, s8
;;      d0: 135c3c00               srli s8, s8, 3
;;      d4: 93ec1c00               ori s9, s9, 1
;;      d8: 23b09201               sd s9, 0(t0)
;;   @002e: end
;;      dc: 833484fe               ld s1, -0x18(s0)
;;      e0: 033904fe               ld s2, -0x20(s0)
;;      e4: 13010400               mv sp, s0
;;      e8: 83308100               ld ra, 8(sp)
;;      ec: 03340100               ld s0, 0(sp)
;;      f0: 13010101               addi sp, sp, 0x10
;;      f4: 67800000               ret
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;      f8: 731000c0               unimp
;;   @002a: table.get 0
;;      fc: 731000c0               unimp
;;   @002c: table.set 0
;;     100: 731000c0               unimp
