;; Sign-bit operators.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.copysign f32.neg f32.abs))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e105               bltu sp, t5, 0x40
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;      34: d380b522               fmv.d ft1, fa1
;;   @0025: f32.copysign
;;      38: 53811022               fmv.d ft2, ft1
;;      3c: d3010022               fmv.d ft3, ft0
;;      40: d3812120               fsgnj.s ft3, ft3, ft2
;;   @0026: f32.neg
;;      44: d3913120               fneg.s ft3, ft3
;;   @0027: f32.abs
;;      48: d3a13120               fabs.s ft3, ft3
;;   @0028: end
;;      4c: 53853122               fmv.d fa0, ft3
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      64: 731000c0               unimp
