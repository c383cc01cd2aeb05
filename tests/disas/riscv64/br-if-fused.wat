;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 34 instructions, 136 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e107               bltu sp, t5, 0x60
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 13890600               mv s2, a3
;;   @0028: br_if 0 (;@1;)
;;      40: 63e22403               bltu s1, s2, 0x24
;;   @002c: return
;;      44: 13051000               addi a0, zero, 1
;;      48: 833484fe               ld s1, -0x18(s0)
;;      4c: 033904fe               ld s2, -0x20(s0)
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @0030: end
;;      64: 13052000               addi a0, zero, 2
;;      68: 833484fe               ld s1, -0x18(s0)
;;      6c: 033904fe               ld s2, -0x20(s0)
;;      70: 13010400               mv sp, s0
;;      74: 83308100               ld ra, 8(sp)
;;      78: 03340100               ld s0, 0(sp)
;;      7c: 13010101               addi sp, sp, 0x10
;;      80: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      84: 731000c0               unimp
