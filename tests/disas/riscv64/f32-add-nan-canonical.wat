;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, a NaN result is replaced by the canonical 0x7fc00000.
(module (func (export "f") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e105               bltu sp, t5, 0x4c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;      34: d380b522               fmv.d ft1, fa1
;;   @0025: f32.add
;;      38: 53811022               fmv.d ft2, ft1
;;      3c: d3010022               fmv.d ft3, ft0
;;      40: d3812100               fadd.s ft3, ft3, ft2, rne
;;      44: 53ac31a0               feq.s s8, ft3, ft3
;;      48: 134c1c00               xori s8, s8, 1
;;      4c: 63060c00               beqz s8, 0xc
;;      50: 370fc07f               lui t5, 0x7fc00
;;      54: d3010ff0               fmv.w.x ft3, t5
;;   @0026: end
;;      58: 53853122               fmv.d fa0, ft3
;;      5c: 13010400               mv sp, s0
;;      60: 83308100               ld ra, 8(sp)
;;      64: 03340100               ld s0, 0(sp)
;;      68: 13010101               addi sp, sp, 0x10
;;      6c: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      70: 731000c0               unimp
