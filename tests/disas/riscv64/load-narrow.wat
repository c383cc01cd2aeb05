;; Narrow sign- and zero-extending loads.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load8_s local.get 0 i32.load16_u offset=2 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 32 instructions, 128 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f04               addiw t5, t5, 0x40
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ce105               bltu sp, t5, 0x58
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 03bd0d05               ld s10, 0x50(s11)
;;      34: 233494fe               sd s1, -0x18(s0)
;;      38: 93040600               mv s1, a2
;;   @0027: i32.load8_s
;;      3c: 139c0402               slli s8, s1, 0x20
;;      40: 135c0c02               srli s8, s8, 0x20
;;      44: 330cac01               add s8, s8, s10
;;      48: 030c0c00               lb s8, 0(s8)
;;   @002c: i32.load16_u offset=2
;;      4c: 939c0402               slli s9, s1, 0x20
;;      50: 93dc0c02               srli s9, s9, 0x20
;;      54: b38cac01               add s9, s9, s10
;;      58: 83dc2c00               lhu s9, 2(s9)
;;   @002f: i32.add
;;      5c: 3b0c9c01               addw s8, s8, s9
;;   @0030: end
;;      60: 13050c00               mv a0, s8
;;      64: 833484fe               ld s1, -0x18(s0)
;;      68: 13010400               mv sp, s0
;;      6c: 83308100               ld ra, 8(sp)
;;      70: 03340100               ld s0, 0(sp)
;;      74: 13010101               addi sp, sp, 0x10
;;      78: 67800000               ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      7c: 731000c0               unimp
