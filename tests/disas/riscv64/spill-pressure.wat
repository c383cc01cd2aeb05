;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 51 instructions, 204 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f0d               addiw t5, t5, 0xd0
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 6362e10b               bltu sp, t5, 0xa4
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 93040600               mv s1, a2
;;   @0024: i32.add
;;      38: 1b8c1400               addiw s8, s1, 1
;;   @0029: i32.add
;;      3c: 9b8c2400               addiw s9, s1, 2
;;   @002e: i32.add
;;      40: 9b823400               addiw t0, s1, 3
;;   @0033: i32.add
;;      44: 1b834400               addiw t1, s1, 4
;;   @0038: i32.add
;;      48: 9b835400               addiw t2, s1, 5
;;   @003d: i32.add
;;      4c: 232884fd               sw s8, -0x30(s0)
;;      50: 1b8c6400               addiw s8, s1, 6
;;   @0042: i32.add
;;      54: 232094fd               sw s9, -0x40(s0)
;;      58: 9b8c7400               addiw s9, s1, 7
;;   @0047: i32.add
;;      5c: 232854fa               sw t0, -0x50(s0)
;;      60: 9b828400               addiw t0, s1, 8
;;   @004c: i32.add
;;      64: 232064fa               sw t1, -0x60(s0)
;;      68: 1b839400               addiw t1, s1, 9
;;   @0051: i32.add
;;      6c: 232874f8               sw t2, -0x70(s0)
;;      70: 9b83a400               addiw t2, s1, 0xa
;;   @0052: i32.add
;;      74: 3b037300               addw t1, t1, t2
;;   @0053: i32.add
;;      78: bb826200               addw t0, t0, t1
;;   @0054: i32.add
;;      7c: bb8c5c00               addw s9, s9, t0
;;   @0055: i32.add
;;      80: 3b0c9c01               addw s8, s8, s9
;;   @0056: i32.add
;;      84: 832c04f9               lw s9, -0x70(s0)
;;      88: bb8c8c01               addw s9, s9, s8
;;   @0057: i32.add
;;      8c: 032c04fa               lw s8, -0x60(s0)
;;      90: 3b0c9c01               addw s8, s8, s9
;;   @0058: i32.add
;;      94: 832c04fb               lw s9, -0x50(s0)
;;      98: bb8c8c01               addw s9, s9, s8
;;   @0059: i32.add
;;      9c: 032c04fc               lw s8, -0x40(s0)
;;      a0: 3b0c9c01               addw s8, s8, s9
;;   @005a: i32.add
;;      a4: 832c04fd               lw s9, -0x30(s0)
;;      a8: bb8c8c01               addw s9, s9, s8
;;   @005b: end
;;      ac: 13850c00               mv a0, s9
;;      b0: 833484fe               ld s1, -0x18(s0)
;;      b4: 13010400               mv sp, s0
;;      b8: 83308100               ld ra, 8(sp)
;;      bc: 03340100               ld s0, 0(sp)
;;      c0: 13010101               addi sp, sp, 0x10
;;      c4: 67800000               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      c8: 731000c0               unimp
