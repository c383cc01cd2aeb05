;;! set has_v=true
;; Float lane arithmetic: one instruction each; neg flips the sign bits.
(module
  (func (export "add") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1)))
  (func (export "div") (param v128 v128) (result v128) (f64x2.div (local.get 0) (local.get 1)))
  (func (export "sqrt") (param v128) (result v128) (f32x4.sqrt (local.get 0)))
  (func (export "neg") (param v128) (result v128) (f64x2.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add): kindling, riscv64gc-unknown-linux-gnu: 25 instructions, 100 bytes
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
;;   @0042: f32x4.add
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577002cd               vsetivli zero, 4, e32, m1, ta, ma
;;      44: d7113102               vfadd.vv v3, v3, v2
;;   @0045: end
;;      48: 5735309e               vmv1r.v v10, v3
;;      4c: 13010400               mv sp, s0
;;      50: 83308100               ld ra, 8(sp)
;;      54: 03340100               ld s0, 0(sp)
;;      58: 13010101               addi sp, sp, 0x10
;;      5c: 67800000               ret
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      60: 731000c0               unimp
;; wasm[0]::function[1] (div): kindling, riscv64gc-unknown-linux-gnu: 25 instructions, 100 bytes
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @004c: f64x2.div
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577081cd               vsetivli zero, 2, e64, m1, ta, ma
;;      44: d7113182               vfdiv.vv v3, v3, v2
;;   @004f: end
;;      48: 5735309e               vmv1r.v v10, v3
;;      4c: 13010400               mv sp, s0
;;      50: 83308100               ld ra, 8(sp)
;;      54: 03340100               ld s0, 0(sp)
;;      58: 13010101               addi sp, sp, 0x10
;;      5c: 67800000               ret
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      60: 731000c0               unimp
;; wasm[0]::function[2] (sqrt): kindling, riscv64gc-unknown-linux-gnu: 23 instructions, 92 bytes
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ae103               bltu sp, t5, 0x34
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;   @0054: f32x4.sqrt
;;      34: d730b09f               vmv1r.v v1, v27
;;      38: 577002cd               vsetivli zero, 4, e32, m1, ta, ma
;;      3c: d710104e               vfsqrt.v v1, v1
;;   @0057: end
;;      40: 5735109e               vmv1r.v v10, v1
;;      44: 13010400               mv sp, s0
;;      48: 83308100               ld ra, 8(sp)
;;      4c: 03340100               ld s0, 0(sp)
;;      50: 13010101               addi sp, sp, 0x10
;;      54: 67800000               ret
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;      58: 731000c0               unimp
;; wasm[0]::function[3] (neg): kindling, riscv64gc-unknown-linux-gnu: 23 instructions, 92 bytes
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ae103               bltu sp, t5, 0x34
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;   @005c: f64x2.neg
;;      34: d730b09f               vmv1r.v v1, v27
;;      38: 577081cd               vsetivli zero, 2, e64, m1, ta, ma
;;      3c: d7901026               vfsgnjn.vv v1, v1, v1
;;   @005f: end
;;      40: 5735109e               vmv1r.v v10, v1
;;      44: 13010400               mv sp, s0
;;      48: 83308100               ld ra, 8(sp)
;;      4c: 03340100               ld s0, 0(sp)
;;      50: 13010101               addi sp, sp, 0x10
;;      54: 67800000               ret
;;   @0059: (func (;3;) (type 1) (param v128) (result v128)
;;      58: 731000c0               unimp
