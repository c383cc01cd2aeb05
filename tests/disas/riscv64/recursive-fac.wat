;; Recursive factorial.
(module (func $fac (export "fac") (param i64) (result i64) local.get 0 i64.const 1 i64.le_u if (result i64) i64.const 1 else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (fac): kindling, riscv64gc-unknown-linux-gnu: 35 instructions, 140 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6362e107               bltu sp, t5, 0x64
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0027: if (result i64) ;; label = @1
;;      38: 130f1000               addi t5, zero, 1
;;      3c: 63669f00               bltu t5, s1, 0xc
;;   @002b: else
;;      40: 130c1000               addi s8, zero, 1
;;      44: 6f008002               j 0x28
;;   @0032: i64.sub
;;      48: 138cf4ff               addi s8, s1, -1
;;   @0033: call $fac
;;      4c: 13850d00               mv a0, s11
;;      50: 93850d00               mv a1, s11
;;      54: 13060c00               mv a2, s8
;;      58: 97000000               auipc ra, 0
;;      5c: e78080fa               jalr ra, ra, -0x58
;;      60: 833d84ff               ld s11, -8(s0)
;;      64: 130c0500               mv s8, a0
;;   @0035: i64.mul
;;      68: 338c8403               mul s8, s1, s8
;;   @0037: end
;;      6c: 13050c00               mv a0, s8
;;      70: 833484fe               ld s1, -0x18(s0)
;;      74: 13010400               mv sp, s0
;;      78: 83308100               ld ra, 8(sp)
;;      7c: 03340100               ld s0, 0(sp)
;;      80: 13010101               addi sp, sp, 0x10
;;      84: 67800000               ret
;;   @0021: (func $fac (;0;) (type 0) (param i64) (result i64)
;;      88: 731000c0               unimp
