;; An immediate operand: the constant stays latent and becomes `add r, imm`.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.const 100 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 23 instructions, 92 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ae103               bltu sp, t5, 0x34
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0025: i32.add
;;      38: 1b8c4406               addiw s8, s1, 0x64
;;   @0026: end
;;      3c: 13050c00               mv a0, s8
;;      40: 833484fe               ld s1, -0x18(s0)
;;      44: 13010400               mv sp, s0
;;      48: 83308100               ld ra, 8(sp)
;;      4c: 03340100               ld s0, 0(sp)
;;      50: 13010101               addi sp, sp, 0x10
;;      54: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      58: 731000c0               unimp
