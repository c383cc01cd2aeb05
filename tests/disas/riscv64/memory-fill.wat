;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 38 instructions, 152 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f07               addiw t5, t5, 0x70
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e107               bltu sp, t5, 0x70
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 03bd0d05               ld s10, 0x50(s11)
;;      34: 233494fe               sd s1, -0x18(s0)
;;      38: 233024ff               sd s2, -0x20(s0)
;;      3c: 233c34fd               sd s3, -0x28(s0)
;;      40: 93040600               mv s1, a2
;;      44: 13890600               mv s2, a3
;;      48: 93090700               mv s3, a4
;;   @002c: memory.fill
;;      4c: 13850d00               mv a0, s11
;;      50: 13860400               mv a2, s1
;;      54: 93060900               mv a3, s2
;;      58: 13870900               mv a4, s3
;;      5c: 93050000               mv a1, zero
;;      60: 03be8d03               ld t3, 0x38(s11)
;;      64: 033e8e02               ld t3, 0x28(t3)
;;      68: e7000e00               jalr t3
;;      6c: 833d84ff               ld s11, -8(s0)
;;      70: 03bd0d05               ld s10, 0x50(s11)
;;   @002f: end
;;      74: 833484fe               ld s1, -0x18(s0)
;;      78: 033904fe               ld s2, -0x20(s0)
;;      7c: 833984fd               ld s3, -0x28(s0)
;;      80: 13010400               mv sp, s0
;;      84: 83308100               ld ra, 8(sp)
;;      88: 03340100               ld s0, 0(sp)
;;      8c: 13010101               addi sp, sp, 0x10
;;      90: 67800000               ret
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      94: 731000c0               unimp
