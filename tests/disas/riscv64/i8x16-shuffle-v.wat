;;! set has_v=true
;; `i8x16.shuffle`: an interleave of both operands and a reversal of one.
(module
  (func (export "interleave") (param v128 v128) (result v128) (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "reverse") (param v128 v128) (result v128) (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (interleave): kindling, riscv64gc-unknown-linux-gnu: 62 instructions, 248 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e10d               bltu sp, t5, 0xd0
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @0039: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577081c9               vsetivli zero, 2, e64, m1, tu, ma
;;      44: 370f08ff               lui t5, 0xff080
;;      48: 1b0f7ff0               addiw t5, t5, -0xf9
;;      4c: 131fff00               slli t5, t5, 0xf
;;      50: 130f3ff8               addi t5, t5, -0x7d
;;      54: 131f1f01               slli t5, t5, 0x11
;;      58: 130f4ff0               addi t5, t5, -0xfc
;;      5c: d74f0f5e               vmv.v.x v31, t5
;;      60: 370f04ff               lui t5, 0xff040
;;      64: 1b0f3ff0               addiw t5, t5, -0xfd
;;      68: 131fff00               slli t5, t5, 0xf
;;      6c: 130f1ff8               addi t5, t5, -0x7f
;;      70: 131f1f01               slli t5, t5, 0x11
;;      74: 130f0ff0               addi t5, t5, -0x100
;;      78: d76f0f42               vmv.s.x v31, t5
;;      7c: 577008cc               vsetivli zero, 16, e8, m1, ta, ma
;;      80: 578f3f32               vrgather.vv v30, v3, v31
;;      84: 57b0f77b               vmsgtu.vi v0, v31, 15
;;      88: 573fe05d               vmerge.vim v30, v30, 0, v0
;;      8c: 577081c9               vsetivli zero, 2, e64, m1, tu, ma
;;      90: 370fff07               lui t5, 0x7ff0
;;      94: 1b0fff6f               addiw t5, t5, 0x6ff
;;      98: 131f0f01               slli t5, t5, 0x10
;;      9c: 130fff5f               addi t5, t5, 0x5ff
;;      a0: 131f0f01               slli t5, t5, 0x10
;;      a4: 130fff4f               addi t5, t5, 0x4ff
;;      a8: d74f0f5e               vmv.v.x v31, t5
;;      ac: 370fff03               lui t5, 0x3ff0
;;      b0: 1b0fff2f               addiw t5, t5, 0x2ff
;;      b4: 131f0f01               slli t5, t5, 0x10
;;      b8: 130fff1f               addi t5, t5, 0x1ff
;;      bc: 131f0f01               slli t5, t5, 0x10
;;      c0: 130fff0f               addi t5, t5, 0xff
;;      c4: d76f0f42               vmv.s.x v31, t5
;;      c8: 577008cc               vsetivli zero, 16, e8, m1, ta, ma
;;      cc: d7842f32               vrgather.vv v9, v2, v31
;;      d0: 57b0f77b               vmsgtu.vi v0, v31, 15
;;      d4: d734905c               vmerge.vim v9, v9, 0, v0
;;      d8: d781e42b               vor.vv v3, v30, v9
;;   @004b: end
;;      dc: 5735309e               vmv1r.v v10, v3
;;      e0: 13010400               mv sp, s0
;;      e4: 83308100               ld ra, 8(sp)
;;      e8: 03340100               ld s0, 0(sp)
;;      ec: 13010101               addi sp, sp, 0x10
;;      f0: 67800000               ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      f4: 731000c0               unimp
;; wasm[0]::function[1] (reverse): kindling, riscv64gc-unknown-linux-gnu: 45 instructions, 180 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e109               bltu sp, t5, 0x8c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: d73da09e               vmv1r.v v27, v10
;;      34: d730b09e               vmv1r.v v1, v11
;;   @0052: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      38: 5731109e               vmv1r.v v2, v1
;;      3c: d731b09f               vmv1r.v v3, v27
;;      40: 577081c9               vsetivli zero, 2, e64, m1, tu, ma
;;      44: 370f0100               lui t5, 0x10
;;      48: 1b0f3f20               addiw t5, t5, 0x203
;;      4c: 131f0f01               slli t5, t5, 0x10
;;      50: 130f5f40               addi t5, t5, 0x405
;;      54: 131f0f01               slli t5, t5, 0x10
;;      58: 130f7f60               addi t5, t5, 0x607
;;      5c: d74f0f5e               vmv.v.x v31, t5
;;      60: 370f0400               lui t5, 0x40
;;      64: 1b0f5f48               addiw t5, t5, 0x485
;;      68: 131fff00               slli t5, t5, 0xf
;;      6c: 130f3f2c               addi t5, t5, 0x2c3
;;      70: 131fef00               slli t5, t5, 0xe
;;      74: 130f1f0d               addi t5, t5, 0xd1
;;      78: 131fcf00               slli t5, t5, 0xc
;;      7c: 130fffe0               addi t5, t5, -0x1f1
;;      80: d76f0f42               vmv.s.x v31, t5
;;      84: 577008cc               vsetivli zero, 16, e8, m1, ta, ma
;;      88: 578f3f32               vrgather.vv v30, v3, v31
;;      8c: 57b0f77b               vmsgtu.vi v0, v31, 15
;;      90: 573fe05d               vmerge.vim v30, v30, 0, v0
;;      94: d731e09f               vmv1r.v v3, v30
;;   @0064: end
;;      98: 5735309e               vmv1r.v v10, v3
;;      9c: 13010400               mv sp, s0
;;      a0: 83308100               ld ra, 8(sp)
;;      a4: 03340100               ld s0, 0(sp)
;;      a8: 13010101               addi sp, sp, 0x10
;;      ac: 67800000               ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      b0: 731000c0               unimp
