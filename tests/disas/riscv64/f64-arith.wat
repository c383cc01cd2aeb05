;; f64 multiply, divide, subtract.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.mul local.get 1 f64.div local.get 0 f64.sub))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6364e105               bltu sp, t5, 0x48
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;      34: d380b522               fmv.d ft1, fa1
;;   @0025: f64.mul
;;      38: 53811022               fmv.d ft2, ft1
;;      3c: d3010022               fmv.d ft3, ft0
;;      40: d3812112               fmul.d ft3, ft3, ft2, rne
;;   @0028: f64.div
;;      44: 53811022               fmv.d ft2, ft1
;;      48: d381211a               fdiv.d ft3, ft3, ft2, rne
;;   @002b: f64.sub
;;      4c: 53010022               fmv.d ft2, ft0
;;      50: d381210a               fsub.d ft3, ft3, ft2, rne
;;   @002c: end
;;      54: 53853122               fmv.d fa0, ft3
;;      58: 13010400               mv sp, s0
;;      5c: 83308100               ld ra, 8(sp)
;;      60: 03340100               ld s0, 0(sp)
;;      64: 13010101               addi sp, sp, 0x10
;;      68: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      6c: 731000c0               unimp
