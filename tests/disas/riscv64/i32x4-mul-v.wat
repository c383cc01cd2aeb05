;;! set has_v=true
;; i32x4.mul and i16x8.mul: one instruction each (pmulld needs SSE4.1 on x86_64).
(module
  (func (export "mul32") (param v128 v128) (result v128) (i32x4.mul (local.get 0) (local.get 1)))
  (func (export "mul16") (param v128 v128) (result v128) (i16x8.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (mul32): kindling, riscv64gc-unknown-linux-gnu: 25 instructions, 100 bytes
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
;;   @0032: i32x4.mul
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577002cd               vsetivli zero, 4, e32, m1, ta, ma
;;      44: d7213196               vmul.vv v3, v3, v2
;;   @0035: end
;;      48: 5735309e               vmv1r.v v10, v3
;;      4c: 13010400               mv sp, s0
;;      50: 83308100               ld ra, 8(sp)
;;      54: 03340100               ld s0, 0(sp)
;;      58: 13010101               addi sp, sp, 0x10
;;      5c: 67800000               ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      60: 731000c0               unimp
;; wasm[0]::function[1] (mul16): kindling, riscv64gc-unknown-linux-gnu: 25 instructions, 100 bytes
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
;;   @003c: i16x8.mul
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577084cc               vsetivli zero, 8, e16, m1, ta, ma
;;      44: d7213196               vmul.vv v3, v3, v2
;;   @003f: end
;;      48: 5735309e               vmv1r.v v10, v3
;;      4c: 13010400               mv sp, s0
;;      50: 83308100               ld ra, 8(sp)
;;      54: 03340100               ld s0, 0(sp)
;;      58: 13010101               addi sp, sp, 0x10
;;      5c: 67800000               ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      60: 731000c0               unimp
