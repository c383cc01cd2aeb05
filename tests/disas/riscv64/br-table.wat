;; br_table through a jump table.
(module (func (export "f") (param i32) (result i32) block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 47 instructions, 188 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ae109               bltu sp, t5, 0x94
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0028: br_table 0 (;@3;) 1 (;@2;) 2 (;@1;)
;;      38: 138c0400               mv s8, s1
;;      3c: 131c0c02               slli s8, s8, 0x20
;;      40: 135c0c02               srli s8, s8, 0x20
;;      44: 130f2000               addi t5, zero, 2
;;      48: 637aec05               bgeu s8, t5, 0x54
;;      4c: 170f0000               auipc t5, 0
;;      50: 931e2c00               slli t4, s8, 2
;;      54: 330fdf01               add t5, t5, t4
;;      58: 67000f01               jalr zero, t5, 0x10
;;      5c: 6f008000               j 8
;;      60: 6f000002               j 0x20
;;   @0030: return
;;      64: 1305a000               addi a0, zero, 0xa
;;      68: 833484fe               ld s1, -0x18(s0)
;;      6c: 13010400               mv sp, s0
;;      70: 83308100               ld ra, 8(sp)
;;      74: 03340100               ld s0, 0(sp)
;;      78: 13010101               addi sp, sp, 0x10
;;      7c: 67800000               ret
;;   @0034: return
;;      80: 13054001               addi a0, zero, 0x14
;;      84: 833484fe               ld s1, -0x18(s0)
;;      88: 13010400               mv sp, s0
;;      8c: 83308100               ld ra, 8(sp)
;;      90: 03340100               ld s0, 0(sp)
;;      94: 13010101               addi sp, sp, 0x10
;;      98: 67800000               ret
;;   @0038: end
;;      9c: 1305e001               addi a0, zero, 0x1e
;;      a0: 833484fe               ld s1, -0x18(s0)
;;      a4: 13010400               mv sp, s0
;;      a8: 83308100               ld ra, 8(sp)
;;      ac: 03340100               ld s0, 0(sp)
;;      b0: 13010101               addi sp, sp, 0x10
;;      b4: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      b8: 731000c0               unimp
