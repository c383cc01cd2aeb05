;;! set has_zbb=true
;;! set has_zba=true
;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e105               bltu sp, t5, 0x50
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0022: i32.clz
;;      38: 138c0400               mv s8, s1
;;      3c: 1b1c0c60               clzw s8, s8
;;   @0025: i32.ctz
;;      40: 938c0400               mv s9, s1
;;      44: 9b9c1c60               ctzw s9, s9
;;   @0026: i32.add
;;      48: 3b0c9c01               addw s8, s8, s9
;;   @0029: i32.popcnt
;;      4c: 938c0400               mv s9, s1
;;      50: 9b9c2c60               cpopw s9, s9
;;   @002a: i32.add
;;      54: 3b0c9c01               addw s8, s8, s9
;;   @002b: end
;;      58: 13050c00               mv a0, s8
;;      5c: 833484fe               ld s1, -0x18(s0)
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      74: 731000c0               unimp
