;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 38 instructions, 152 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e107               bltu sp, t5, 0x70
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 03bd0d05               ld s10, 0x50(s11)
;;      34: 233494fe               sd s1, -0x18(s0)
;;      38: 93040600               mv s1, a2
;;   @0027: memory.grow
;;      3c: 138c0400               mv s8, s1
;;      40: 131c0c02               slli s8, s8, 0x20
;;      44: 135c0c02               srli s8, s8, 0x20
;;      48: 13850d00               mv a0, s11
;;      4c: 93050c00               mv a1, s8
;;      50: 13060000               mv a2, zero
;;      54: 03be8d03               ld t3, 0x38(s11)
;;      58: 033e0e00               ld t3, 0(t3)
;;      5c: e7000e00               jalr t3
;;      60: 833d84ff               ld s11, -8(s0)
;;      64: 03bd0d05               ld s10, 0x50(s11)
;;      68: 130c0500               mv s8, a0
;;   @0029: memory.size
;;      6c: 03be8d05               ld t3, 0x58(s11)
;;      70: 935c0e01               srli s9, t3, 0x10
;;   @002b: i32.add
;;      74: 3b0c9c01               addw s8, s8, s9
;;   @002c: end
;;      78: 13050c00               mv a0, s8
;;      7c: 833484fe               ld s1, -0x18(s0)
;;      80: 13010400               mv sp, s0
;;      84: 83308100               ld ra, 8(sp)
;;      88: 03340100               ld s0, 0(sp)
;;      8c: 13010101               addi sp, sp, 0x10
;;      90: 67800000               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      94: 731000c0               unimp
