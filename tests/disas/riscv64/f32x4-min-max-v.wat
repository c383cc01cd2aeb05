;;! set has_v=true
;; wasm `min`/`max` on f32 lanes (NaN and signed-zero rules) and the pseudo `pmin`/`pmax`.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f32x4.max (local.get 0) (local.get 1)))
  (func (export "pmin") (param v128 v128) (result v128) (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "pmax") (param v128 v128) (result v128) (f32x4.pmax (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, riscv64gc-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e105               bltu sp, t5, 0x50
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @003e: f32x4.min
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577002cd               vsetivli zero, 4, e32, m1, ta, ma
;;      44: d71f3112               vfmin.vv v31, v3, v2
;;      48: 57903172               vmfne.vv v0, v3, v3
;;      4c: 57142172               vmfne.vv v8, v2, v2
;;      50: 5720046a               vmor.mm v0, v0, v8
;;      54: 571f3102               vfadd.vv v30, v3, v2
;;      58: d701ff5d               vmerge.vvm v3, v31, v30, v0
;;   @0041: end
;;      5c: 5735309e               vmv1r.v v10, v3
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      74: 731000c0               unimp
;; wasm[0]::function[1] (max): kindling, riscv64gc-unknown-linux-gnu: 30 instructions, 120 bytes
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e105               bltu sp, t5, 0x50
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @0048: f32x4.max
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577002cd               vsetivli zero, 4, e32, m1, ta, ma
;;      44: d71f311a               vfmax.vv v31, v3, v2
;;      48: 57903172               vmfne.vv v0, v3, v3
;;      4c: 57142172               vmfne.vv v8, v2, v2
;;      50: 5720046a               vmor.mm v0, v0, v8
;;      54: 571f3102               vfadd.vv v30, v3, v2
;;      58: d701ff5d               vmerge.vvm v3, v31, v30, v0
;;   @004b: end
;;      5c: 5735309e               vmv1r.v v10, v3
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      74: 731000c0               unimp
;; wasm[0]::function[2] (pmin): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @0052: f32x4.pmin
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577002cd               vsetivli zero, 4, e32, m1, ta, ma
;;      44: 5790216e               vmflt.vv v0, v2, v3
;;      48: d701315c               vmerge.vvm v3, v3, v2, v0
;;   @0055: end
;;      4c: 5735309e               vmv1r.v v10, v3
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      64: 731000c0               unimp
;; wasm[0]::function[3] (pmax): kindling, riscv64gc-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
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
;;   @005c: f32x4.pmax
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577002cd               vsetivli zero, 4, e32, m1, ta, ma
;;      44: 5710316e               vmflt.vv v0, v3, v2
;;      48: d701315c               vmerge.vvm v3, v3, v2, v0
;;   @005f: end
;;      4c: 5735309e               vmv1r.v v10, v3
;;      50: 13010400               mv sp, s0
;;      54: 83308100               ld ra, 8(sp)
;;      58: 03340100               ld s0, 0(sp)
;;      5c: 13010101               addi sp, sp, 0x10
;;      60: 67800000               ret
;;   @0057: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      64: 731000c0               unimp
