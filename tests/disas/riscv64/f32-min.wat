;; f32.min: NaN and -0.0 handling around minss.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.min))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e105               bltu sp, t5, 0x50
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;      34: d380b522               fmv.d ft1, fa1
;;   @0025: f32.min
;;      38: 53811022               fmv.d ft2, ft1
;;      3c: d3010022               fmv.d ft3, ft0
;;      40: 53af31a0               feq.s t5, ft3, ft3
;;      44: d32e21a0               feq.s t4, ft2, ft2
;;      48: 337fdf01               and t5, t5, t4
;;      4c: 63060f00               beqz t5, 0xc
;;      50: d3812128               fmin.s ft3, ft3, ft2
;;      54: 6f008000               j 8
;;      58: d3812100               fadd.s ft3, ft3, ft2, rne
;;   @0026: end
;;      5c: 53853122               fmv.d fa0, ft3
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      74: 731000c0               unimp
