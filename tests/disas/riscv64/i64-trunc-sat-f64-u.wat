;; A saturating unsigned truncation.
(module (func (export "f") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 39 instructions, 156 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ae107               bltu sp, t5, 0x74
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;   @0022: i64.trunc_sat_f64_u
;;      34: d3000022               fmv.d ft1, ft0
;;      38: 130c0000               mv s8, zero
;;      3c: d3ac10a2               feq.d s9, ft1, ft1
;;      40: 93cc1c00               xori s9, s9, 1
;;      44: 639e0c02               bnez s9, 0x3c
;;      48: 130c0000               mv s8, zero
;;      4c: 130ff0bf               addi t5, zero, -0x401
;;      50: 131f4f03               slli t5, t5, 0x34
;;      54: 53010ff2               fmv.d.x ft2, t5
;;      58: d31c11a2               flt.d s9, ft2, ft1
;;      5c: 63820c02               beqz s9, 0x24
;;      60: 130cf0ff               addi s8, zero, -1
;;      64: 130ff043               addi t5, zero, 0x43f
;;      68: 131f4f03               slli t5, t5, 0x34
;;      6c: 53010ff2               fmv.d.x ft2, t5
;;      70: d39c20a2               flt.d s9, ft1, ft2
;;      74: 63940c00               bnez s9, 8
;;      78: 6f008000               j 8
;;      7c: 539c30c2               fcvt.lu.d s8, ft1, rtz
;;   @0024: end
;;      80: 13050c00               mv a0, s8
;;      84: 13010400               mv sp, s0
;;      88: 83308100               ld ra, 8(sp)
;;      8c: 03340100               ld s0, 0(sp)
;;      90: 13010101               addi sp, sp, 0x10
;;      94: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      98: 731000c0               unimp
