;;! set has_v=true
;; Extended multiplies: through extension, and through `pmuldq`/`pmuludq` or `smull`/`umull` for 64-bit lanes.
(module
  (func (export "i16_low_s") (param v128 v128) (result v128) (i16x8.extmul_low_i8x16_s (local.get 0) (local.get 1)))
  (func (export "i32_high_u") (param v128 v128) (result v128) (i32x4.extmul_high_i16x8_u (local.get 0) (local.get 1)))
  (func (export "i64_low_s") (param v128 v128) (result v128) (i64x2.extmul_low_i32x4_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_low_s): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e105               bltu sp, t5, 0x40
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @0048: i16x8.extmul_low_i8x16_s
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577074cc               vsetivli zero, 8, e8, mf2, ta, ma
;;      44: d72f31ee               vwmul.vv v31, v3, v2
;;      48: d731f09f               vmv1r.v v3, v31
;;   @004b: end
;;      4c: 5735309e               vmv1r.v v10, v3
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @0043: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      64: 731000c0               unimp
;; wasm[0]::function[1] (i32_high_u): kindling, riscv64gc-unknown-linux-gnu: 29 instructions, 116 bytes
;;   @0043: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e105               bltu sp, t5, 0x4c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @0052: i32x4.extmul_high_i16x8_u
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577084cc               vsetivli zero, 8, e16, m1, ta, ma
;;      44: 573f323e               vslidedown.vi v30, v3, 4
;;      48: d734223e               vslidedown.vi v9, v2, 4
;;      4c: 5770f2cc               vsetivli zero, 4, e16, mf2, ta, ma
;;      50: d7afe4e3               vwmulu.vv v31, v30, v9
;;      54: d731f09f               vmv1r.v v3, v31
;;   @0055: end
;;      58: 5735309e               vmv1r.v v10, v3
;;      5c: 13010400               mv sp, s0
;;      60: 83308100               ld ra, 8(sp)
;;      64: 03340100               ld s0, 0(sp)
;;      68: 13010101               addi sp, sp, 0x10
;;      6c: 67800000               ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      70: 731000c0               unimp
;; wasm[0]::function[2] (i64_low_s): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e105               bltu sp, t5, 0x40
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @005c: i64x2.extmul_low_i32x4_s
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577071cd               vsetivli zero, 2, e32, mf2, ta, ma
;;      44: d72f31ee               vwmul.vv v31, v3, v2
;;      48: d731f09f               vmv1r.v v3, v31
;;   @005f: end
;;      4c: 5735309e               vmv1r.v v10, v3
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      64: 731000c0               unimp
