;; A trapping float-to-int truncation.
(module (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_f32_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 36 instructions, 144 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e107               bltu sp, t5, 0x60
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;   @0022: i32.trunc_f32_s
;;      34: d3000022               fmv.d ft1, ft0
;;      38: 53ac10a0               feq.s s8, ft1, ft1
;;      3c: 134c1c00               xori s8, s8, 1
;;      40: 63140c04               bnez s8, 0x48
;;      44: 370f00cf               lui t5, 0xcf000
;;      48: 1b0f1f00               addiw t5, t5, 1
;;      4c: 53010ff0               fmv.w.x ft2, t5
;;      50: 531c11a0               flt.s s8, ft2, ft1
;;      54: 630c0c02               beqz s8, 0x38
;;      58: 370f004f               lui t5, 0x4f000
;;      5c: 53010ff0               fmv.w.x ft2, t5
;;      60: 539c20a0               flt.s s8, ft1, ft2
;;      64: 63040c02               beqz s8, 0x28
;;      68: 539c00c0               fcvt.w.s s8, ft1, rtz
;;   @0023: end
;;      6c: 13050c00               mv a0, s8
;;      70: 13010400               mv sp, s0
;;      74: 83308100               ld ra, 8(sp)
;;      78: 03340100               ld s0, 0(sp)
;;      7c: 13010101               addi sp, sp, 0x10
;;      80: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param f32) (result i32)
;;      84: 731000c0               unimp
;;   @0022: i32.trunc_f32_s
;;      88: 731000c0               unimp
;;      8c: 731000c0               unimp
