;; A call with more arguments than argument registers: the rest go on the stack.
(module (func $callee (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32) local.get 7) (func (export "f") (result i32) i32.const 1 i32.const 2 i32.const 3 i32.const 4 i32.const 5 i32.const 6 i32.const 7 i32.const 8 call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, riscv64gc-unknown-linux-gnu: 28 instructions, 112 bytes
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
;;      34: 2320c4fe               sw a2, -0x20(s0)
;;      38: 232cd4fc               sw a3, -0x28(s0)
;;      3c: 2328e4fc               sw a4, -0x30(s0)
;;      40: 2324f4fc               sw a5, -0x38(s0)
;;      44: 232004fd               sw a6, -0x40(s0)
;;      48: 232c14fb               sw a7, -0x48(s0)
;;      4c: 83248401               lw s1, 0x18(s0)
;;   @002e: end
;;      50: 13850400               mv a0, s1
;;      54: 833484fe               ld s1, -0x18(s0)
;;      58: 13010400               mv sp, s0
;;      5c: 83308100               ld ra, 8(sp)
;;      60: 03340100               ld s0, 0(sp)
;;      64: 13010102               addi sp, sp, 0x20
;;      68: 67800000               ret
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      6c: 731000c0               unimp
;; wasm[0]::function[1] (f): kindling, riscv64gc-unknown-linux-gnu: 36 instructions, 144 bytes
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f0a               addiw t5, t5, 0xa0
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6364e107               bltu sp, t5, 0x68
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;   @0041: call $callee
;;      30: 130f7000               addi t5, zero, 7
;;      34: 2320e101               sw t5, 0(sp)
;;      38: 130f8000               addi t5, zero, 8
;;      3c: 2324e101               sw t5, 8(sp)
;;      40: 13850d00               mv a0, s11
;;      44: 93850d00               mv a1, s11
;;      48: 13061000               addi a2, zero, 1
;;      4c: 93062000               addi a3, zero, 2
;;      50: 13073000               addi a4, zero, 3
;;      54: 93074000               addi a5, zero, 4
;;      58: 13085000               addi a6, zero, 5
;;      5c: 93086000               addi a7, zero, 6
;;      60: 97000000               auipc ra, 0
;;      64: e78000f3               jalr ra, ra, -0xd0
;;      68: 130101ff               addi sp, sp, -0x10
;;      6c: 833d84ff               ld s11, -8(s0)
;;      70: 130c0500               mv s8, a0
;;   @0043: end
;;      74: 13050c00               mv a0, s8
;;      78: 13010400               mv sp, s0
;;      7c: 83308100               ld ra, 8(sp)
;;      80: 03340100               ld s0, 0(sp)
;;      84: 13010101               addi sp, sp, 0x10
;;      88: 67800000               ret
;;   @0030: (func (;1;) (type 1) (result i32)
;;      8c: 731000c0               unimp
