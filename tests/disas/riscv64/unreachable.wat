;; unreachable traps through an out-of-line stub.
(module (func (export "f") unreachable))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 14 instructions, 56 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f01               addiw t5, t5, 0x10
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e101               bltu sp, t5, 0x10
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;   @001e: unreachable
;;      30: 731000c0               unimp
;;   @001d: (func (;0;) (type 0)
;;      34: 731000c0               unimp
