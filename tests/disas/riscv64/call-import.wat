;; A call to an imported (host) function.
(module (import "env" "h" (func $h (param i64) (result i64))) (func (export "f") (param i64) (result i64) local.get 0 call $h))

;; ==== kindling disas ====
;; wasm[0]::function[1] (f): kindling, riscv64gc-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e105               bltu sp, t5, 0x4c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @002d: call $h
;;      38: 93850d00               mv a1, s11
;;      3c: 13860400               mv a2, s1
;;      40: 03b50d06               ld a0, 0x60(s11)
;;      44: 03be8d04               ld t3, 0x48(s11)
;;      48: e7000e00               jalr t3
;;      4c: 833d84ff               ld s11, -8(s0)
;;      50: 130c0500               mv s8, a0
;;   @002f: end
;;      54: 13050c00               mv a0, s8
;;      58: 833484fe               ld s1, -0x18(s0)
;;      5c: 13010400               mv sp, s0
;;      60: 83308100               ld ra, 8(sp)
;;      64: 03340100               ld s0, 0(sp)
;;      68: 13010101               addi sp, sp, 0x10
;;      6c: 67800000               ret
;;   @002a: (func (;1;) (type 0) (param i64) (result i64)
;;      70: 731000c0               unimp
