;; A block result carried by a branch.
(module (func (export "f") (param i32) (result i32) block (result i32) i32.const 7 local.get 0 br_if 0 drop i32.const 9 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e105               bltu sp, t5, 0x40
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0026: br_if 0 (;@1;)
;;      38: 63860400               beqz s1, 0xc
;;      3c: 130c7000               addi s8, zero, 7
;;      40: 6f008000               j 8
;;   @002b: end
;;      44: 130c9000               addi s8, zero, 9
;;   @002c: end
;;      48: 13050c00               mv a0, s8
;;      4c: 833484fe               ld s1, -0x18(s0)
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      64: 731000c0               unimp
