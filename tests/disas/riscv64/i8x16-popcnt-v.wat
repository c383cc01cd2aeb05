;;! set has_v=true
;; i8x16.popcnt: NEON's cnt; on x86_64, SSE2 bit counting within each byte.
(module (func (export "f") (param v128) (result v128) (i8x16.popcnt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 34 instructions, 136 bytes
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
;;      30: d73da09e               vmv1r.v v27, v10
;;   @0022: i8x16.popcnt
;;      34: d730b09f               vmv1r.v v1, v27
;;      38: 577008cc               vsetivli zero, 16, e8, m1, ta, ma
;;      3c: 57bf10a2               vsrl.vi v30, v1, 1
;;      40: 130f5005               addi t5, zero, 0x55
;;      44: 574fef27               vand.vx v30, v30, t5
;;      48: d70f1f0a               vsub.vv v31, v1, v30
;;      4c: 573ff1a3               vsrl.vi v30, v31, 2
;;      50: 130f3003               addi t5, zero, 0x33
;;      54: 574fef27               vand.vx v30, v30, t5
;;      58: d74fff27               vand.vx v31, v31, t5
;;      5c: d70fff03               vadd.vv v31, v31, v30
;;      60: 573ff2a3               vsrl.vi v30, v31, 4
;;      64: d70fff03               vadd.vv v31, v31, v30
;;      68: d7b0f727               vand.vi v1, v31, 15
;;   @0024: end
;;      6c: 5735109e               vmv1r.v v10, v1
;;      70: 13010400               mv sp, s0
;;      74: 83308100               ld ra, 8(sp)
;;      78: 03340100               ld s0, 0(sp)
;;      7c: 13010101               addi sp, sp, 0x10
;;      80: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      84: 731000c0               unimp
