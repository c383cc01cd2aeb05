;; Unsigned 64-bit integer to float.
(module (func (export "f") (param i64) (result f64) local.get 0 f64.convert_i64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ce103               bltu sp, t5, 0x38
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0022: f64.convert_i64_u
;;      38: 138c0400               mv s8, s1
;;      3c: 53003cd2               fcvt.d.lu ft0, s8, rne
;;   @0023: end
;;      40: 53050022               fmv.d fa0, ft0
;;      44: 833484fe               ld s1, -0x18(s0)
;;      48: 13010400               mv sp, s0
;;      4c: 83308100               ld ra, 8(sp)
;;      50: 03340100               ld s0, 0(sp)
;;      54: 13010101               addi sp, sp, 0x10
;;      58: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i64) (result f64)
;;      5c: 731000c0               unimp
