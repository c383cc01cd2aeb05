;; A float comparison: unordered operands make it false.
(module (func (export "f") (param f64 f64) (result i32) local.get 0 local.get 1 f64.lt))

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
;;      30: 5300a522               fmv.d ft0, fa0
;;      34: d380b522               fmv.d ft1, fa1
;;   @0025: f64.lt
;;      38: 53811022               fmv.d ft2, ft1
;;      3c: d3010022               fmv.d ft3, ft0
;;      40: 539c21a2               flt.d s8, ft3, ft2
;;   @0026: end
;;      44: 13050c00               mv a0, s8
;;      48: 13010400               mv sp, s0
;;      4c: 83308100               ld ra, 8(sp)
;;      50: 03340100               ld s0, 0(sp)
;;      54: 13010101               addi sp, sp, 0x10
;;      58: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result i32)
;;      5c: 731000c0               unimp
