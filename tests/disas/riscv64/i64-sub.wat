;; i64.sub.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.sub))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e105               bltu sp, t5, 0x40
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 13890600               mv s2, a3
;;   @0025: i64.sub
;;      40: 338c2441               sub s8, s1, s2
;;   @0026: end
;;      44: 13050c00               mv a0, s8
;;      48: 833484fe               ld s1, -0x18(s0)
;;      4c: 033904fe               ld s2, -0x20(s0)
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      64: 731000c0               unimp
