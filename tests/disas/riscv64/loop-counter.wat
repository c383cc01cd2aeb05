;; A counting loop.
(module (func (export "f") (param i32) (result i32) (local i32) loop local.get 1 i32.const 1 i32.add local.set 1 local.get 1 local.get 0 i32.lt_u br_if 0 end local.get 1))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 27 instructions, 108 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f05               addiw t5, t5, 0x50
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6362e105               bltu sp, t5, 0x44
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 93040600               mv s1, a2
;;      3c: 13090000               mv s2, zero
;;   @0028: i32.add
;;      40: 1b091900               addiw s2, s2, 1
;;   @0030: br_if 0 (;@1;)
;;      44: e36e99fe               bltu s2, s1, -4
;;   @0035: end
;;      48: 13050900               mv a0, s2
;;      4c: 833484fe               ld s1, -0x18(s0)
;;      50: 033904fe               ld s2, -0x20(s0)
;;      54: 13010400               mv sp, s0
;;      58: 83308100               ld ra, 8(sp)
;;      5c: 03340100               ld s0, 0(sp)
;;      60: 13010101               addi sp, sp, 0x10
;;      64: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      68: 731000c0               unimp
