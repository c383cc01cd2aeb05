;;! func = trampoline
;; Trampolines for a signature with floats and several results.
(module (func (export "f") (param i64 f64 i32) (result f64 i64) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::array_to_wasm_trampoline[0]: kindling, riscv64gc-unknown-linux-gnu: 48 instructions, 192 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f07               addiw t5, t5, 0x70
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 233c94fe               sd s1, -8(s0)
;;      20: 233824ff               sd s2, -0x10(s0)
;;      24: 233434ff               sd s3, -0x18(s0)
;;      28: 233044ff               sd s4, -0x20(s0)
;;      2c: 233c54fd               sd s5, -0x28(s0)
;;      30: 233864fd               sd s6, -0x30(s0)
;;      34: 233474fd               sd s7, -0x38(s0)
;;      38: 233084fd               sd s8, -0x40(s0)
;;      3c: 233c94fb               sd s9, -0x48(s0)
;;      40: 2338a4fb               sd s10, -0x50(s0)
;;      44: 2334b4fb               sd s11, -0x58(s0)
;;      48: 2330c4fa               sd a2, -0x60(s0)
;;      4c: 033e8500               ld t3, 8(a0)
;;      50: 23342e02               sd sp, 0x28(t3)
;;      54: 930d0600               mv s11, a2
;;      58: 03b60d00               ld a2, 0(s11)
;;      5c: 07b50d01               fld fa0, 0x10(s11)
;;      60: 83a60d02               lw a3, 0x20(s11)
;;      64: 13070100               mv a4, sp
;;      68: 97000000               auipc ra, 0
;;      6c: e78080f1               jalr ra, ra, -0xe8
;;      70: 833d04fa               ld s11, -0x60(s0)
;;      74: 27b0ad00               fsd fa0, 0(s11)
;;      78: 033e0100               ld t3, 0(sp)
;;      7c: 23b8cd01               sd t3, 0x10(s11)
;;      80: 833484ff               ld s1, -8(s0)
;;      84: 033904ff               ld s2, -0x10(s0)
;;      88: 833984fe               ld s3, -0x18(s0)
;;      8c: 033a04fe               ld s4, -0x20(s0)
;;      90: 833a84fd               ld s5, -0x28(s0)
;;      94: 033b04fd               ld s6, -0x30(s0)
;;      98: 833b84fc               ld s7, -0x38(s0)
;;      9c: 033c04fc               ld s8, -0x40(s0)
;;      a0: 833c84fb               ld s9, -0x48(s0)
;;      a4: 033d04fb               ld s10, -0x50(s0)
;;      a8: 833d84fa               ld s11, -0x58(s0)
;;      ac: 13010400               mv sp, s0
;;      b0: 83308100               ld ra, 8(sp)
;;      b4: 03340100               ld s0, 0(sp)
;;      b8: 13010101               addi sp, sp, 0x10
;;      bc: 67800000               ret
;; wasm[0]::native_to_wasm_trampoline[0]: kindling, riscv64gc-unknown-linux-gnu: 38 instructions, 152 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f06               addiw t5, t5, 0x60
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 233c94fe               sd s1, -8(s0)
;;      20: 233824ff               sd s2, -0x10(s0)
;;      24: 233434ff               sd s3, -0x18(s0)
;;      28: 233044ff               sd s4, -0x20(s0)
;;      2c: 233c54fd               sd s5, -0x28(s0)
;;      30: 233864fd               sd s6, -0x30(s0)
;;      34: 233474fd               sd s7, -0x38(s0)
;;      38: 233084fd               sd s8, -0x40(s0)
;;      3c: 233c94fb               sd s9, -0x48(s0)
;;      40: 2338a4fb               sd s10, -0x50(s0)
;;      44: 2334b4fb               sd s11, -0x58(s0)
;;      48: 033e8500               ld t3, 8(a0)
;;      4c: 23342e02               sd sp, 0x28(t3)
;;      50: 97000000               auipc ra, 0
;;      54: e78000e7               jalr ra, ra, -0x190
;;      58: 833484ff               ld s1, -8(s0)
;;      5c: 033904ff               ld s2, -0x10(s0)
;;      60: 833984fe               ld s3, -0x18(s0)
;;      64: 033a04fe               ld s4, -0x20(s0)
;;      68: 833a84fd               ld s5, -0x28(s0)
;;      6c: 033b04fd               ld s6, -0x30(s0)
;;      70: 833b84fc               ld s7, -0x38(s0)
;;      74: 033c04fc               ld s8, -0x40(s0)
;;      78: 833c84fb               ld s9, -0x48(s0)
;;      7c: 033d04fb               ld s10, -0x50(s0)
;;      80: 833d84fa               ld s11, -0x58(s0)
;;      84: 13010400               mv sp, s0
;;      88: 83308100               ld ra, 8(sp)
;;      8c: 03340100               ld s0, 0(sp)
;;      90: 13010101               addi sp, sp, 0x10
;;      94: 67800000               ret
;; signatures[0]::wasm_to_native_trampoline: kindling, riscv64gc-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f00               sext.w t5, t5
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 03be8500               ld t3, 8(a1)
;;      20: 833d0400               ld s11, 0(s0)
;;      24: 033d8e02               ld s10, 0x28(t3)
;;      28: 63e4ad01               bltu s11, s10, 8
;;      2c: 930d0400               mv s11, s0
;;      30: 233cbe01               sd s11, 0x18(t3)
;;      34: 033f8400               ld t5, 8(s0)
;;      38: 2330ee03               sd t5, 0x20(t3)
;;      3c: 033e8500               ld t3, 8(a0)
;;      40: e7000e00               jalr t3
;;      44: 13010400               mv sp, s0
;;      48: 83308100               ld ra, 8(sp)
;;      4c: 03340100               ld s0, 0(sp)
;;      50: 13010101               addi sp, sp, 0x10
;;      54: 67800000               ret
