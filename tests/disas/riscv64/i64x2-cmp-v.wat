;;! set has_v=true
;; 64-bit lane comparisons (x86_64: pcmpeqq needs SSE4.1, pcmpgtq SSE4.2).
(module
  (func (export "eq") (param v128 v128) (result v128) (i64x2.eq (local.get 0) (local.get 1)))
  (func (export "lt") (param v128 v128) (result v128) (i64x2.lt_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (eq): kindling, riscv64gc-unknown-linux-gnu: 27 instructions, 108 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6362e105               bltu sp, t5, 0x44
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @002c: i64x2.eq
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577081cd               vsetivli zero, 2, e64, m1, ta, ma
;;      44: 57003162               vmseq.vv v0, v3, v2
;;      48: d731005e               vmv.v.i v3, 0
;;      4c: d7b13f5c               vmerge.vim v3, v3, -1, v0
;;   @002f: end
;;      50: 5735309e               vmv1r.v v10, v3
;;      54: 13010400               mv sp, s0
;;      58: 83308100               ld ra, 8(sp)
;;      5c: 03340100               ld s0, 0(sp)
;;      60: 13010101               addi sp, sp, 0x10
;;      64: 67800000               ret
;;   @0027: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      68: 731000c0               unimp
;; wasm[0]::function[1] (lt): kindling, riscv64gc-unknown-linux-gnu: 27 instructions, 108 bytes
;;   @0027: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6362e105               bltu sp, t5, 0x44
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @0036: i64x2.lt_s
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577081cd               vsetivli zero, 2, e64, m1, ta, ma
;;      44: 5700316e               vmslt.vv v0, v3, v2
;;      48: d731005e               vmv.v.i v3, 0
;;      4c: d7b13f5c               vmerge.vim v3, v3, -1, v0
;;   @0039: end
;;      50: 5735309e               vmv1r.v v10, v3
;;      54: 13010400               mv sp, s0
;;      58: 83308100               ld ra, 8(sp)
;;      5c: 03340100               ld s0, 0(sp)
;;      60: 13010101               addi sp, sp, 0x10
;;      64: 67800000               ret
;;   @0031: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      68: 731000c0               unimp
