;; A tail call with stack arguments writes them over the caller's incoming
;; ones (which it first copies to value-stack slots when it reads them), then
;; tears the frame down and jumps.
(module
  (func $f (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (return_call $f (local.get 9) (local.get 8) (local.get 7) (local.get 6) (local.get 5)
      (local.get 4) (local.get 3) (local.get 2) (local.get 1) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 58 instructions, 232 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f14               addiw t5, t5, 0x140
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e10d               bltu sp, t5, 0xc0
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 233c34fd               sd s3, -0x28(s0)
;;      3c: 233844fd               sd s4, -0x30(s0)
;;      40: 233454fd               sd s5, -0x38(s0)
;;      44: 233064fd               sd s6, -0x40(s0)
;;      48: 233c74fb               sd s7, -0x48(s0)
;;      4c: 93040600               mv s1, a2
;;      50: 13890600               mv s2, a3
;;      54: 93090700               mv s3, a4
;;      58: 138a0700               mv s4, a5
;;      5c: 930a0800               mv s5, a6
;;      60: 138b0800               mv s6, a7
;;      64: 832b0401               lw s7, 0x10(s0)
;;   @0036: return_call $f
;;      68: 032f8402               lw t5, 0x28(s0)
;;      6c: 2328e4f7               sw t5, -0x90(s0)
;;      70: 032f0402               lw t5, 0x20(s0)
;;      74: 2320e4f7               sw t5, -0xa0(s0)
;;      78: 032f8401               lw t5, 0x18(s0)
;;      7c: 2328e4f5               sw t5, -0xb0(s0)
;;      80: 23284401               sw s4, 0x10(s0)
;;      84: 232c3401               sw s3, 0x18(s0)
;;      88: 23202403               sw s2, 0x20(s0)
;;      8c: 23249402               sw s1, 0x28(s0)
;;      90: 13850d00               mv a0, s11
;;      94: 93850d00               mv a1, s11
;;      98: 93870b00               mv a5, s7
;;      9c: 13080b00               mv a6, s6
;;      a0: 93880a00               mv a7, s5
;;      a4: 032604f7               lw a2, -0x90(s0)
;;      a8: 832604f6               lw a3, -0xa0(s0)
;;      ac: 032704f5               lw a4, -0xb0(s0)
;;      b0: 833484fe               ld s1, -0x18(s0)
;;      b4: 033904fe               ld s2, -0x20(s0)
;;      b8: 833984fd               ld s3, -0x28(s0)
;;      bc: 033a04fd               ld s4, -0x30(s0)
;;      c0: 833a84fc               ld s5, -0x38(s0)
;;      c4: 033b04fc               ld s6, -0x40(s0)
;;      c8: 833b84fb               ld s7, -0x48(s0)
;;      cc: 13010400               mv sp, s0
;;      d0: 83308100               ld ra, 8(sp)
;;      d4: 03340100               ld s0, 0(sp)
;;      d8: 13010101               addi sp, sp, 0x10
;;      dc: 170f0000               auipc t5, 0
;;      e0: 67004ff2               jalr zero, t5, -0xdc
;;   @0021: (func $f (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      e4: 731000c0               unimp
