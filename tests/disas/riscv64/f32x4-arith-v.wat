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
;;      1c: 930d0500               mv s11, a0
;;      20: 233cb4ff               sd s11, -8(s0)
;;      24: 03bf8d00               ld t5, 8(s11)
;;      28: 033f0f00               ld t5, 0(t5)
;;      2c: 636ae103               bltu sp, t5, 0x34
;;      30: d73da09e               .word 0x9ea03dd7
;;      34: d730b09e               .word 0x9eb030d7
;;   @0042: f32x4.add
;;      38: 5731109e               .word 0x9e103157
;;      3c: d731b09f               .word 0x9fb031d7
;;      40: 577002cd               .word 0xcd027057
;;      44: d7113102               .word 0x023111d7
;;   @0045: end
;;      48: 5735309e               .word 0x9e303557
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
;;      1c: 930d0500               mv s11, a0
;;      20: 233cb4ff               sd s11, -8(s0)
;;      24: 03bf8d00               ld t5, 8(s11)
;;      28: 033f0f00               ld t5, 0(t5)
;;      2c: 636ae103               bltu sp, t5, 0x34
;;      30: d73da09e               .word 0x9ea03dd7
;;      34: d730b09e               .word 0x9eb030d7
;;   @004c: f64x2.div
;;      38: 5731109e               .word 0x9e103157
;;      3c: d731b09f               .word 0x9fb031d7
;;      40: 577081cd               .word 0xcd817057
;;      44: d7113182               .word 0x823111d7
;;   @004f: end
;;      48: 5735309e               .word 0x9e303557
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
;;      1c: 930d0500               mv s11, a0
;;      20: 233cb4ff               sd s11, -8(s0)
;;      24: 03bf8d00               ld t5, 8(s11)
;;      28: 033f0f00               ld t5, 0(t5)
;;      2c: 6366e103               bltu sp, t5, 0x2c
;;      30: d73da09e               .word 0x9ea03dd7
;;   @0054: f32x4.sqrt
;;      34: d730b09f               .word 0x9fb030d7
;;      38: 577002cd               .word 0xcd027057
;;      3c: d710104e               .word 0x4e1010d7
;;   @0057: end
;;      40: 5735109e               .word 0x9e103557
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
;;      1c: 930d0500               mv s11, a0
;;      20: 233cb4ff               sd s11, -8(s0)
;;      24: 03bf8d00               ld t5, 8(s11)
;;      28: 033f0f00               ld t5, 0(t5)
;;      2c: 6366e103               bltu sp, t5, 0x2c
;;      30: d73da09e               .word 0x9ea03dd7
;;   @005c: f64x2.neg
;;      34: d730b09f               .word 0x9fb030d7
;;      38: 577081cd               .word 0xcd817057
;;      3c: d7901026               .word 0x261090d7
;;   @005f: end
;;      40: 5735109e               .word 0x9e103557
;;      44: 13010400               mv sp, s0
;;      48: 83308100               ld ra, 8(sp)
;;      4c: 03340100               ld s0, 0(sp)
;;      50: 13010101               addi sp, sp, 0x10
;;      54: 67800000               ret
;;   @0059: (func (;3;) (type 1) (param v128) (result v128)
;;      58: 731000c0               unimp
