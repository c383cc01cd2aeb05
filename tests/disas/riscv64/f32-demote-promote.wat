;; Float width conversions and reinterpretation.
(module (func (export "f") (param f64) (result i64) local.get 0 f32.demote_f64 f64.promote_f32 i64.reinterpret_f64))

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
;;      30: 5300a522               fmv.d ft0, fa0
;;   @0022: f32.demote_f64
;;      34: d3000022               fmv.d ft1, ft0
;;      38: d3801040               fcvt.s.d ft1, ft1, rne
;;   @0023: f64.promote_f32
;;      3c: d3800042               fcvt.d.s ft1, ft1
;;   @0024: i64.reinterpret_f64
;;      40: 538c00e2               fmv.x.d s8, ft1
;;   @0025: end
;;      44: 13050c00               mv a0, s8
;;      48: 13010400               mv sp, s0
;;      4c: 83308100               ld ra, 8(sp)
;;      50: 03340100               ld s0, 0(sp)
;;      54: 13010101               addi sp, sp, 0x10
;;      58: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      5c: 731000c0               unimp
