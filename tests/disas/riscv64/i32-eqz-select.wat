;; eqz feeding select.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 1 local.get 2 local.get 0 i32.eqz select))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 33 instructions, 132 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f07               addiw t5, t5, 0x70
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ee105               bltu sp, t5, 0x5c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 233c34fd               sd s3, -0x28(s0)
;;      3c: 93040600               mv s1, a2
;;      40: 13890600               mv s2, a3
;;      44: 93090700               mv s3, a4
;;   @0029: select
;;      48: 13bc1400               seqz s8, s1
;;      4c: 938c0900               mv s9, s3
;;      50: 93020900               mv t0, s2
;;      54: 63040c00               beqz s8, 8
;;      58: 938c0200               mv s9, t0
;;   @002a: end
;;      5c: 13850c00               mv a0, s9
;;      60: 833484fe               ld s1, -0x18(s0)
;;      64: 033904fe               ld s2, -0x20(s0)
;;      68: 833984fd               ld s3, -0x28(s0)
;;      6c: 13010400               mv sp, s0
;;      70: 83308100               ld ra, 8(sp)
;;      74: 03340100               ld s0, 0(sp)
;;      78: 13010101               addi sp, sp, 0x10
;;      7c: 67800000               ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      80: 731000c0               unimp
