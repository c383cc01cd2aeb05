;; A direct call.
(module (func $callee (param i32) (result i32) local.get 0) (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, riscv64gc-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e103               bltu sp, t5, 0x30
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0023: end
;;      38: 13850400               mv a0, s1
;;      3c: 833484fe               ld s1, -0x18(s0)
;;      40: 13010400               mv sp, s0
;;      44: 83308100               ld ra, 8(sp)
;;      48: 03340100               ld s0, 0(sp)
;;      4c: 13010101               addi sp, sp, 0x10
;;      50: 67800000               ret
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;      54: 731000c0               unimp
;; wasm[0]::function[1] (f): kindling, riscv64gc-unknown-linux-gnu: 30 instructions, 120 bytes
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e105               bltu sp, t5, 0x50
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @002a: i32.add
;;      38: 1b8c1400               addiw s8, s1, 1
;;   @002b: call $callee
;;      3c: 13850d00               mv a0, s11
;;      40: 93850d00               mv a1, s11
;;      44: 13060c00               mv a2, s8
;;      48: 97000000               auipc ra, 0
;;      4c: e78080f5               jalr ra, ra, -0xa8
;;      50: 833d84ff               ld s11, -8(s0)
;;      54: 130c0500               mv s8, a0
;;   @002d: end
;;      58: 13050c00               mv a0, s8
;;      5c: 833484fe               ld s1, -0x18(s0)
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @0025: (func (;1;) (type 0) (param i32) (result i32)
;;      74: 731000c0               unimp
