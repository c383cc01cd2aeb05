;;! set has_v=true
;; Saturating lane arithmetic, signed and unsigned.
(module
  (func (export "add_s") (param v128 v128) (result v128) (i16x8.add_sat_s (local.get 0) (local.get 1)))
  (func (export "sub_u") (param v128 v128) (result v128) (i8x16.sub_sat_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add_s): kindling, riscv64gc-unknown-linux-gnu: 25 instructions, 100 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ee103               bltu sp, t5, 0x3c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @0032: i16x8.add_sat_s
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577084cc               vsetivli zero, 8, e16, m1, ta, ma
;;      44: d7013186               vsadd.vv v3, v3, v2
;;   @0035: end
;;      48: 5735309e               vmv1r.v v10, v3
;;      4c: 13010400               mv sp, s0
;;      50: 83308100               ld ra, 8(sp)
;;      54: 03340100               ld s0, 0(sp)
;;      58: 13010101               addi sp, sp, 0x10
;;      5c: 67800000               ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      60: 731000c0               unimp
;; wasm[0]::function[1] (sub_u): kindling, riscv64gc-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ee103               bltu sp, t5, 0x3c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @003c: i8x16.sub_sat_u
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577008cc               vsetivli zero, 16, e8, m1, ta, ma
;;      44: d701318a               vssubu.vv v3, v3, v2
;;   @003e: end
;;      48: 5735309e               vmv1r.v v10, v3
;;      4c: 13010400               mv sp, s0
;;      50: 83308100               ld ra, 8(sp)
;;      54: 03340100               ld s0, 0(sp)
;;      58: 13010101               addi sp, sp, 0x10
;;      5c: 67800000               ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      60: 731000c0               unimp
