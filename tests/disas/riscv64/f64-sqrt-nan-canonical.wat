;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, sqrt's NaN becomes the canonical 0x7ff8000000000000.
(module (func (export "f") (param f64) (result f64) (f64.sqrt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e105               bltu sp, t5, 0x4c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 5300a522               fmv.d ft0, fa0
;;   @0022: f64.sqrt
;;      34: d3000022               fmv.d ft1, ft0
;;      38: d380005a               fsqrt.d ft1, ft1, rne
;;      3c: 53ac10a2               feq.d s8, ft1, ft1
;;      40: 134c1c00               xori s8, s8, 1
;;      44: 630a0c00               beqz s8, 0x14
;;      48: 371f0000               lui t5, 1
;;      4c: 1b0fffff               addiw t5, t5, -1
;;      50: 131f3f03               slli t5, t5, 0x33
;;      54: d3000ff2               fmv.d.x ft1, t5
;;   @0023: end
;;      58: 53851022               fmv.d fa0, ft1
;;      5c: 13010400               mv sp, s0
;;      60: 83308100               ld ra, 8(sp)
;;      64: 03340100               ld s0, 0(sp)
;;      68: 13010101               addi sp, sp, 0x10
;;      6c: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      70: 731000c0               unimp
