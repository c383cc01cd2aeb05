;; Constant operands fold at compile time.
(module (func (export "f") (result i32) i32.const 6 i32.const 7 i32.mul))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 19 instructions, 76 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6362e103               bltu sp, t5, 0x24
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;   @0024: end
;;      30: 1305a002               addi a0, zero, 0x2a
;;      34: 13010400               mv sp, s0
;;      38: 83308100               ld ra, 8(sp)
;;      3c: 03340100               ld s0, 0(sp)
;;      40: 13010101               addi sp, sp, 0x10
;;      44: 67800000               ret
;;   @001e: (func (;0;) (type 0) (result i32)
;;      48: 731000c0               unimp
