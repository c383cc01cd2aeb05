;; A tail call passing fewer stack arguments than its caller received writes
;; them in place at the top of the incoming area and moves the return address
;; up to just below them.
(module
  (func $narrow (param i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 6)
  (func (export "shrink") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $narrow (local.get 11) (local.get 10) (local.get 9) (local.get 8)
      (local.get 7) (local.get 6) (local.get 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (narrow): kindling, riscv64gc-unknown-linux-gnu: 40 instructions, 160 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f09               addiw t5, t5, 0x90
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ce107               bltu sp, t5, 0x78
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
;;      64: 833b0401               ld s7, 0x10(s0)
;;   @003e: end
;;      68: 13850b00               mv a0, s7
;;      6c: 833484fe               ld s1, -0x18(s0)
;;      70: 033904fe               ld s2, -0x20(s0)
;;      74: 833984fd               ld s3, -0x28(s0)
;;      78: 033a04fd               ld s4, -0x30(s0)
;;      7c: 833a84fc               ld s5, -0x38(s0)
;;      80: 033b04fc               ld s6, -0x40(s0)
;;      84: 833b84fb               ld s7, -0x48(s0)
;;      88: 13010400               mv sp, s0
;;      8c: 83308100               ld ra, 8(sp)
;;      90: 03340100               ld s0, 0(sp)
;;      94: 13010102               addi sp, sp, 0x20
;;      98: 67800000               ret
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      9c: 731000c0               unimp
;; wasm[0]::function[1] (shrink): kindling, riscv64gc-unknown-linux-gnu: 54 instructions, 216 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f13               addiw t5, t5, 0x130
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e10b               bltu sp, t5, 0xb0
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 233c34fd               sd s3, -0x28(s0)
;;      3c: 233844fd               sd s4, -0x30(s0)
;;      40: 233454fd               sd s5, -0x38(s0)
;;      44: 233064fd               sd s6, -0x40(s0)
;;      48: 233c74fb               sd s7, -0x48(s0)
;;      4c: 2338c4fa               sd a2, -0x50(s0)
;;      50: 2334d4fa               sd a3, -0x58(s0)
;;      54: 2330e4fa               sd a4, -0x60(s0)
;;      58: 233cf4f8               sd a5, -0x68(s0)
;;      5c: 233804f9               sd a6, -0x70(s0)
;;      60: 93840800               mv s1, a7
;;      64: 03390401               ld s2, 0x10(s0)
;;      68: 83398401               ld s3, 0x18(s0)
;;      6c: 033a0402               ld s4, 0x20(s0)
;;      70: 833a8402               ld s5, 0x28(s0)
;;      74: 033b0403               ld s6, 0x30(s0)
;;      78: 833b8403               ld s7, 0x38(s0)
;;   @004f: return_call $narrow
;;      7c: 23389402               sd s1, 0x30(s0)
;;      80: 13850d00               mv a0, s11
;;      84: 93850d00               mv a1, s11
;;      88: 13860b00               mv a2, s7
;;      8c: 93060b00               mv a3, s6
;;      90: 13870a00               mv a4, s5
;;      94: 93070a00               mv a5, s4
;;      98: 13880900               mv a6, s3
;;      9c: 93080900               mv a7, s2
;;      a0: 833484fe               ld s1, -0x18(s0)
;;      a4: 033904fe               ld s2, -0x20(s0)
;;      a8: 833984fd               ld s3, -0x28(s0)
;;      ac: 033a04fd               ld s4, -0x30(s0)
;;      b0: 833a84fc               ld s5, -0x38(s0)
;;      b4: 033b04fc               ld s6, -0x40(s0)
;;      b8: 833b84fb               ld s7, -0x48(s0)
;;      bc: 93020403               addi t0, s0, 0x30
;;      c0: 83308400               ld ra, 8(s0)
;;      c4: 03340400               ld s0, 0(s0)
;;      c8: 13810200               mv sp, t0
;;      cc: 170f0000               auipc t5, 0
;;      d0: 67004fe9               jalr zero, t5, -0x16c
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      d4: 731000c0               unimp
