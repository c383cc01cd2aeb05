;; ref.is_null.
(module (func (export "f") (param externref) (result i32) local.get 0 ref.is_null))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e103               bltu sp, t5, 0x30
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 2334c4fe               sd a2, -0x18(s0)
;;   @0022: ref.is_null
;;      34: 033c84fe               ld s8, -0x18(s0)
;;   @0023: end
;;      38: 133c1c00               seqz s8, s8
;;      3c: 13050c00               mv a0, s8
;;      40: 13010400               mv sp, s0
;;      44: 83308100               ld ra, 8(sp)
;;      48: 03340100               ld s0, 0(sp)
;;      4c: 13010101               addi sp, sp, 0x10
;;      50: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param externref) (result i32)
;;      54: 731000c0               unimp
