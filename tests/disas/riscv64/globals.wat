;; Mutable global get and set.
(module (global $g (mut i64) (i64.const 0)) (func (export "f") (param i64) global.get $g local.get 0 i64.add global.set $g))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ce103               bltu sp, t5, 0x38
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0027: global.get $g
;;      38: 03bc0d05               ld s8, 0x50(s11)
;;   @002b: i64.add
;;      3c: 330c9c00               add s8, s8, s1
;;   @002c: global.set $g
;;      40: 23b88d05               sd s8, 0x50(s11)
;;   @002e: end
;;      44: 833484fe               ld s1, -0x18(s0)
;;      48: 13010400               mv sp, s0
;;      4c: 83308100               ld ra, 8(sp)
;;      50: 03340100               ld s0, 0(sp)
;;      54: 13010101               addi sp, sp, 0x10
;;      58: 67800000               ret
;;   @0026: (func (;0;) (type 0) (param i64)
;;      5c: 731000c0               unimp
