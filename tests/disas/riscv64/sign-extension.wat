;; The sign-extension operators.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i32.extend8_s i32.extend16_s i64.extend_i32_s local.get 1 i64.extend32_s i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 34 instructions, 136 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6360e107               bltu sp, t5, 0x60
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 13890600               mv s2, a3
;;   @0023: i32.extend8_s
;;      40: 138c0400               mv s8, s1
;;      44: 131c8c03               slli s8, s8, 0x38
;;      48: 135c8c43               srai s8, s8, 0x38
;;   @0024: i32.extend16_s
;;      4c: 131c0c03               slli s8, s8, 0x30
;;      50: 135c0c43               srai s8, s8, 0x30
;;   @0025: i64.extend_i32_s
;;      54: 1b0c0c00               sext.w s8, s8
;;   @0028: i64.extend32_s
;;      58: 930c0900               mv s9, s2
;;      5c: 9b8c0c00               sext.w s9, s9
;;   @0029: i64.add
;;      60: 330c9c01               add s8, s8, s9
;;   @002a: end
;;      64: 13050c00               mv a0, s8
;;      68: 833484fe               ld s1, -0x18(s0)
;;      6c: 033904fe               ld s2, -0x20(s0)
;;      70: 13010400               mv sp, s0
;;      74: 83308100               ld ra, 8(sp)
;;      78: 03340100               ld s0, 0(sp)
;;      7c: 13010101               addi sp, sp, 0x10
;;      80: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      84: 731000c0               unimp
