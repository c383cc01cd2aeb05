;; call_indirect: table bounds, lazy funcref init, signature check.
(module (type $t (func (param i32) (result i32))) (table 2 funcref) (func $a (type $t) local.get 0) (elem (i32.const 0) $a) (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $t)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (a): kindling, riscv64gc-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e103               bltu sp, t5, 0x30
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0038: end
;;      38: 13850400               mv a0, s1
;;      3c: 833484fe               ld s1, -0x18(s0)
;;      40: 13010400               mv sp, s0
;;      44: 83308100               ld ra, 8(sp)
;;      48: 03340100               ld s0, 0(sp)
;;      4c: 13010101               addi sp, sp, 0x10
;;      50: 67800000               ret
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;      54: 731000c0               unimp
;; wasm[0]::function[1] (f): kindling, riscv64gc-unknown-linux-gnu: 64 instructions, 256 bytes
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e10d               bltu sp, t5, 0xcc
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 13890600               mv s2, a3
;;   @003f: call_indirect (type $t)
;;      40: 130c0900               mv s8, s2
;;      44: 83ac0d05               lw s9, 0x50(s11)
;;      48: 63769c0b               bgeu s8, s9, 0xac
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
;;      a0: 638c0c04               beqz s9, 0x58
;;      a4: 03bc0d04               ld s8, 0x40(s11)
;;      a8: 032c0c00               lw s8, 0(s8)
;;      ac: 03ae8c01               lw t3, 0x18(s9)
;;      b0: 6316cc05               bne s8, t3, 0x4c
;;      b4: 93850d00               mv a1, s11
;;      b8: 13860400               mv a2, s1
;;      bc: 03b50c02               ld a0, 0x20(s9)
;;      c0: 03be0c01               ld t3, 0x10(s9)
;;      c4: e7000e00               jalr t3
;;      c8: 833d84ff               ld s11, -8(s0)
;;      cc: 130c0500               mv s8, a0
;;   @0042: end
;;      d0: 13050c00               mv a0, s8
;;      d4: 833484fe               ld s1, -0x18(s0)
;;      d8: 033904fe               ld s2, -0x20(s0)
;;      dc: 13010400               mv sp, s0
;;      e0: 83308100               ld ra, 8(sp)
;;      e4: 03340100               ld s0, 0(sp)
;;      e8: 13010101               addi sp, sp, 0x10
;;      ec: 67800000               ret
;;   @003a: (func (;1;) (type 1) (param i32 i32) (result i32)
;;      f0: 731000c0               unimp
;;   @003f: call_indirect (type $t)
;;      f4: 731000c0               unimp
;;      f8: 731000c0               unimp
;;      fc: 731000c0               unimp
