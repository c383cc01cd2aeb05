;; Shifts by a register (through cl) and by an immediate.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.shl i32.const 3 i32.shr_u local.get 1 i32.shr_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6364e105               bltu sp, t5, 0x48
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 13890600               mv s2, a3
;;   @0025: i32.shl
;;      40: 3b9c2401               sllw s8, s1, s2
;;   @0028: i32.shr_u
;;      44: 1b5c3c00               srliw s8, s8, 3
;;   @002b: i32.shr_s
;;      48: 3b5c2c41               sraw s8, s8, s2
;;   @002c: end
;;      4c: 13050c00               mv a0, s8
;;      50: 833484fe               ld s1, -0x18(s0)
;;      54: 033904fe               ld s2, -0x20(s0)
;;      58: 13010400               mv sp, s0
;;      5c: 83308100               ld ra, 8(sp)
;;      60: 03340100               ld s0, 0(sp)
;;      64: 13010101               addi sp, sp, 0x10
;;      68: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      6c: 731000c0               unimp
