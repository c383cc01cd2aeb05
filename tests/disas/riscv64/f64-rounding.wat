;; sqrt, ceil, floor, trunc and nearest.
(module (func (export "f") (param f64) (result f64) local.get 0 f64.sqrt f64.ceil f64.floor f64.trunc f64.nearest))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 66 instructions, 264 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e10f               bltu sp, t5, 0xe0
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;   @0022: f64.sqrt
;;      34: d3000022               fmv.d ft1, ft0
;;      38: d380005a               fsqrt.d ft1, ft1, rne
;;   @0023: f64.ceil
;;      3c: d3af1022               fabs.d ft11, ft1
;;      40: 130f3043               addi t5, zero, 0x433
;;      44: 131f4f03               slli t5, t5, 0x34
;;      48: 530f0ff2               fmv.d.x ft10, t5
;;      4c: 539fefa3               flt.d t5, ft11, ft10
;;      50: 630a0f00               beqz t5, 0x14
;;      54: 53bf20c2               fcvt.l.d t5, ft1, rup
;;      58: d30f2fd2               fcvt.d.l ft11, t5, rne
;;      5c: d3801f22               fsgnj.d ft1, ft11, ft1
;;      60: 6f008000               j 8
;;      64: d380102a               fmin.d ft1, ft1, ft1
;;   @0024: f64.floor
;;      68: d3af1022               fabs.d ft11, ft1
;;      6c: 130f3043               addi t5, zero, 0x433
;;      70: 131f4f03               slli t5, t5, 0x34
;;      74: 530f0ff2               fmv.d.x ft10, t5
;;      78: 539fefa3               flt.d t5, ft11, ft10
;;      7c: 630a0f00               beqz t5, 0x14
;;      80: 53af20c2               fcvt.l.d t5, ft1, rdn
;;      84: d30f2fd2               fcvt.d.l ft11, t5, rne
;;      88: d3801f22               fsgnj.d ft1, ft11, ft1
;;      8c: 6f008000               j 8
;;      90: d380102a               fmin.d ft1, ft1, ft1
;;   @0025: f64.trunc
;;      94: d3af1022               fabs.d ft11, ft1
;;      98: 130f3043               addi t5, zero, 0x433
;;      9c: 131f4f03               slli t5, t5, 0x34
;;      a0: 530f0ff2               fmv.d.x ft10, t5
;;      a4: 539fefa3               flt.d t5, ft11, ft10
;;      a8: 630a0f00               beqz t5, 0x14
;;      ac: 539f20c2               fcvt.l.d t5, ft1, rtz
;;      b0: d30f2fd2               fcvt.d.l ft11, t5, rne
;;      b4: d3801f22               fsgnj.d ft1, ft11, ft1
;;      b8: 6f008000               j 8
;;      bc: d380102a               fmin.d ft1, ft1, ft1
;;   @0026: f64.nearest
;;      c0: d3af1022               fabs.d ft11, ft1
;;      c4: 130f3043               addi t5, zero, 0x433
;;      c8: 131f4f03               slli t5, t5, 0x34
;;      cc: 530f0ff2               fmv.d.x ft10, t5
;;      d0: 539fefa3               flt.d t5, ft11, ft10
;;      d4: 630a0f00               beqz t5, 0x14
;;      d8: 538f20c2               fcvt.l.d t5, ft1, rne
;;      dc: d30f2fd2               fcvt.d.l ft11, t5, rne
;;      e0: d3801f22               fsgnj.d ft1, ft11, ft1
;;      e4: 6f008000               j 8
;;      e8: d380102a               fmin.d ft1, ft1, ft1
;;   @0027: end
;;      ec: 53851022               fmv.d fa0, ft1
;;      f0: 13010400               mv sp, s0
;;      f4: 83308100               ld ra, 8(sp)
;;      f8: 03340100               ld s0, 0(sp)
;;      fc: 13010101               addi sp, sp, 0x10
;;     100: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;     104: 731000c0               unimp
