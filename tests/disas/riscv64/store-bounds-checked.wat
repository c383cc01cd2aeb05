;;! no-guard-pages
;; A bounds-checked store.
(module (memory 1) (func (export "f") (param i32 f64) local.get 0 local.get 1 f64.store))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 33 instructions, 132 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ee105               bltu sp, t5, 0x5c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 03bd0d05               ld s10, 0x50(s11)
;;      34: 233494fe               sd s1, -0x18(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 5300a522               fmv.d ft0, fa0
;;   @0029: f64.store
;;      40: d3000022               fmv.d ft1, ft0
;;      44: 139c0402               slli s8, s1, 0x20
;;      48: 135c0c02               srli s8, s8, 0x20
;;      4c: 930c8c00               addi s9, s8, 8
;;      50: 330cac01               add s8, s8, s10
;;      54: 03be8d05               ld t3, 0x58(s11)
;;      58: 333f9e01               sltu t5, t3, s9
;;      5c: 130fffff               addi t5, t5, -1
;;      60: 337cec01               and s8, s8, t5
;;      64: 27301c00               fsd ft1, 0(s8)
;;   @002c: end
;;      68: 833484fe               ld s1, -0x18(s0)
;;      6c: 13010400               mv sp, s0
;;      70: 83308100               ld ra, 8(sp)
;;      74: 03340100               ld s0, 0(sp)
;;      78: 13010101               addi sp, sp, 0x10
;;      7c: 67800000               ret
;;   @0024: (func (;0;) (type 0) (param i32 f64)
;;      80: 731000c0               unimp
