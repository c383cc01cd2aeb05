;; A tail call passing more stack arguments than its caller received builds
;; them at SP, reads the frame record, copies them up (highest chunk first)
;; so that they end where the caller's ended, moves the return address below
;; them and jumps; the callee pops them as it returns.
(module
  (func $wide (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 9)
  (func (export "grow") (param i64) (result i64)
    (return_call $wide (local.get 0) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
      (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (wide): kindling, riscv64gc-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f06               addiw t5, t5, 0x60
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6364e105               bltu sp, t5, 0x48
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 2330c4fe               sd a2, -0x20(s0)
;;      38: 233cd4fc               sd a3, -0x28(s0)
;;      3c: 2338e4fc               sd a4, -0x30(s0)
;;      40: 2334f4fc               sd a5, -0x38(s0)
;;      44: 233004fd               sd a6, -0x40(s0)
;;      48: 233c14fb               sd a7, -0x48(s0)
;;      4c: 83348402               ld s1, 0x28(s0)
;;   @0034: end
;;      50: 13850400               mv a0, s1
;;      54: 833484fe               ld s1, -0x18(s0)
;;      58: 13010400               mv sp, s0
;;      5c: 83308100               ld ra, 8(sp)
;;      60: 03340100               ld s0, 0(sp)
;;      64: 13010103               addi sp, sp, 0x30
;;      68: 67800000               ret
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      6c: 731000c0               unimp
;; wasm[0]::function[1] (grow): kindling, riscv64gc-unknown-linux-gnu: 45 instructions, 180 bytes
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f0e               addiw t5, t5, 0xe0
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6366e109               bltu sp, t5, 0x8c
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @004b: return_call $wide
;;      38: 130f6000               addi t5, zero, 6
;;      3c: 2330e101               sd t5, 0(sp)
;;      40: 130f7000               addi t5, zero, 7
;;      44: 2334e101               sd t5, 8(sp)
;;      48: 130f8000               addi t5, zero, 8
;;      4c: 2338e101               sd t5, 0x10(sp)
;;      50: 233c9100               sd s1, 0x18(sp)
;;      54: 13850d00               mv a0, s11
;;      58: 93850d00               mv a1, s11
;;      5c: 13860400               mv a2, s1
;;      60: 93061000               addi a3, zero, 1
;;      64: 13072000               addi a4, zero, 2
;;      68: 93073000               addi a5, zero, 3
;;      6c: 13084000               addi a6, zero, 4
;;      70: 93085000               addi a7, zero, 5
;;      74: 833484fe               ld s1, -0x18(s0)
;;      78: 930204ff               addi t0, s0, -0x10
;;      7c: 83308400               ld ra, 8(s0)
;;      80: 03340400               ld s0, 0(s0)
;;      84: 033f8101               ld t5, 0x18(sp)
;;      88: 23bce201               sd t5, 0x18(t0)
;;      8c: 033f0101               ld t5, 0x10(sp)
;;      90: 23b8e201               sd t5, 0x10(t0)
;;      94: 033f8100               ld t5, 8(sp)
;;      98: 23b4e201               sd t5, 8(t0)
;;      9c: 033f0100               ld t5, 0(sp)
;;      a0: 23b0e201               sd t5, 0(t0)
;;      a4: 13810200               mv sp, t0
;;      a8: 170f0000               auipc t5, 0
;;      ac: 67008fee               jalr zero, t5, -0x118
;;   @0036: (func (;1;) (type 1) (param i64) (result i64)
;;      b0: 731000c0               unimp
