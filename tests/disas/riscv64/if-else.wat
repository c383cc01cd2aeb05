;; if/else producing a value.
(module (func (export "f") (param i32) (result i32) local.get 0 if (result i32) i32.const 1 else i32.const 2 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 28 instructions, 112 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f03               addiw t5, t5, 0x30
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6364e105               bltu sp, t5, 0x48
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0022: if (result i32) ;; label = @1
;;      38: 63880400               beqz s1, 0x10
;;   @0026: else
;;      3c: 130f1000               addi t5, zero, 1
;;      40: 2328e4fd               sw t5, -0x30(s0)
;;      44: 6f00c000               j 0xc
;;   @0029: end
;;      48: 130f2000               addi t5, zero, 2
;;      4c: 2328e4fd               sw t5, -0x30(s0)
;;   @002a: end
;;      50: 032504fd               lw a0, -0x30(s0)
;;      54: 833484fe               ld s1, -0x18(s0)
;;      58: 13010400               mv sp, s0
;;      5c: 83308100               ld ra, 8(sp)
;;      60: 03340100               ld s0, 0(sp)
;;      64: 13010101               addi sp, sp, 0x10
;;      68: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      6c: 731000c0               unimp
