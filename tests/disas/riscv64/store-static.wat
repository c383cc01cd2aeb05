;; A store with a static offset.
(module (memory 1) (func (export "f") (param i32 i64) local.get 0 local.get 1 i64.store offset=16))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 30 instructions, 120 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6368e105               bltu sp, t5, 0x50
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 03bd0d05               ld s10, 0x50(s11)
;;      34: 233494fe               sd s1, -0x18(s0)
;;      38: 233024ff               sd s2, -0x20(s0)
;;      3c: 93040600               mv s1, a2
;;      40: 13890600               mv s2, a3
;;   @0029: i64.store offset=16
;;      44: 130c0900               mv s8, s2
;;      48: 939c0402               slli s9, s1, 0x20
;;      4c: 93dc0c02               srli s9, s9, 0x20
;;      50: b38cac01               add s9, s9, s10
;;      54: 23b88c01               sd s8, 0x10(s9)
;;   @002c: end
;;      58: 833484fe               ld s1, -0x18(s0)
;;      5c: 033904fe               ld s2, -0x20(s0)
;;      60: 13010400               mv sp, s0
;;      64: 83308100               ld ra, 8(sp)
;;      68: 03340100               ld s0, 0(sp)
;;      6c: 13010101               addi sp, sp, 0x10
;;      70: 67800000               ret
;;   @0024: (func (;0;) (type 0) (param i32 i64)
;;      74: 731000c0               unimp
