;; Bitwise operators.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 0 local.get 1 i32.and local.get 2 i32.or local.get 0 i32.xor))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 31 instructions, 124 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f06               addiw t5, t5, 0x60
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ae105               bltu sp, t5, 0x54
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 233c34fd               sd s3, -0x28(s0)
;;      3c: 93040600               mv s1, a2
;;      40: 13890600               mv s2, a3
;;      44: 93090700               mv s3, a4
;;   @0026: i32.and
;;      48: 33fc2401               and s8, s1, s2
;;   @0029: i32.or
;;      4c: 336c3c01               or s8, s8, s3
;;   @002c: i32.xor
;;      50: 334c9c00               xor s8, s8, s1
;;   @002d: end
;;      54: 13050c00               mv a0, s8
;;      58: 833484fe               ld s1, -0x18(s0)
;;      5c: 033904fe               ld s2, -0x20(s0)
;;      60: 833984fd               ld s3, -0x28(s0)
;;      64: 13010400               mv sp, s0
;;      68: 83308100               ld ra, 8(sp)
;;      6c: 03340100               ld s0, 0(sp)
;;      70: 13010101               addi sp, sp, 0x10
;;      74: 67800000               ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      78: 731000c0               unimp
