;; Integer width conversions.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i64.extend_i32_s local.get 0 i64.extend_i32_u i64.add local.get 1 i32.wrap_i64 i64.extend_i32_u i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 36 instructions, 144 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6364e107               bltu sp, t5, 0x68
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 13890600               mv s2, a3
;;   @0023: i64.extend_i32_s
;;      40: 138c0400               mv s8, s1
;;      44: 1b0c0c00               sext.w s8, s8
;;   @0026: i64.extend_i32_u
;;      48: 938c0400               mv s9, s1
;;      4c: 939c0c02               slli s9, s9, 0x20
;;      50: 93dc0c02               srli s9, s9, 0x20
;;   @0027: i64.add
;;      54: 330c9c01               add s8, s8, s9
;;   @002a: i32.wrap_i64
;;      58: 930c0900               mv s9, s2
;;      5c: 9b820c00               sext.w t0, s9
;;   @002b: i64.extend_i32_u
;;      60: 93920202               slli t0, t0, 0x20
;;      64: 93d20202               srli t0, t0, 0x20
;;   @002c: i64.add
;;      68: 330c5c00               add s8, s8, t0
;;   @002d: end
;;      6c: 13050c00               mv a0, s8
;;      70: 833484fe               ld s1, -0x18(s0)
;;      74: 033904fe               ld s2, -0x20(s0)
;;      78: 13010400               mv sp, s0
;;      7c: 83308100               ld ra, 8(sp)
;;      80: 03340100               ld s0, 0(sp)
;;      84: 13010101               addi sp, sp, 0x10
;;      88: 67800000               ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      8c: 731000c0               unimp
