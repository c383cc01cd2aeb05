;; More integer locals than homes: the scan gives the homes to the locals the
;; loop uses ($i, $sum, $n), not to the first ones by index ($a .. $h, used
;; once each outside the loop).
(module (func (export "f") (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $e i32) (param $f i32) (param $g i32) (param $h i32) (param $n i32) (result i32) (local $i i32) (local $sum i32)
  local.get $a local.get $b i32.add local.get $c i32.add local.get $d i32.add
  local.get $e i32.add local.get $f i32.add local.get $g i32.add local.get $h i32.add
  local.set $sum
  loop
    local.get $sum local.get $i i32.add local.set $sum
    local.get $i i32.const 1 i32.add local.tee $i
    local.get $n i32.lt_u br_if 0
  end
  local.get $sum))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, riscv64gc-unknown-linux-gnu: 56 instructions, 224 bytes
;;       0: 130101ff               addi sp, sp, -0x10
;;       4: 23341100               sd ra, 8(sp)
;;       8: 23308100               sd s0, 0(sp)
;;       c: 13040100               mv s0, sp
;;      10: 370f0000               lui t5, 0
;;      14: 1b0f0f0b               addiw t5, t5, 0xb0
;;      18: 3301e141               sub sp, sp, t5
;;      1c: 033f8500               ld t5, 8(a0)
;;      20: 033f0f00               ld t5, 0(t5)
;;      24: 636ce10b               bltu sp, t5, 0xb8
;;      28: 930d0500               mv s11, a0
;;      2c: 233cb4ff               sd s11, -8(s0)
;;      30: 233494fe               sd s1, -0x18(s0)
;;      34: 233024ff               sd s2, -0x20(s0)
;;      38: 233c34fd               sd s3, -0x28(s0)
;;      3c: 233844fd               sd s4, -0x30(s0)
;;      40: 233454fd               sd s5, -0x38(s0)
;;      44: 233064fd               sd s6, -0x40(s0)
;;      48: 233c74fb               sd s7, -0x48(s0)
;;      4c: 130a0600               mv s4, a2
;;      50: 938a0600               mv s5, a3
;;      54: 130b0700               mv s6, a4
;;      58: 938b0700               mv s7, a5
;;      5c: 232804f9               sw a6, -0x70(s0)
;;      60: 232414f9               sw a7, -0x78(s0)
;;      64: 83290402               lw s3, 0x20(s0)
;;      68: 93040000               mv s1, zero
;;      6c: 13090000               mv s2, zero
;;   @002e: i32.add
;;      70: 3b0c5a01               addw s8, s4, s5
;;   @0031: i32.add
;;      74: 3b0c6c01               addw s8, s8, s6
;;   @0034: i32.add
;;      78: 3b0c7c01               addw s8, s8, s7
;;   @0037: i32.add
;;      7c: 832c04f9               lw s9, -0x70(s0)
;;      80: 3b0c9c01               addw s8, s8, s9
;;   @003a: i32.add
;;      84: 832c84f8               lw s9, -0x78(s0)
;;      88: 3b0c9c01               addw s8, s8, s9
;;   @003d: i32.add
;;      8c: 832c0401               lw s9, 0x10(s0)
;;      90: 3b0c9c01               addw s8, s8, s9
;;   @0040: i32.add
;;      94: 832c8401               lw s9, 0x18(s0)
;;      98: 3b099c01               addw s2, s8, s9
;;   @0049: i32.add
;;      9c: 3b099900               addw s2, s2, s1
;;   @0050: i32.add
;;      a0: 9b841400               addiw s1, s1, 1
;;   @0056: br_if 0 (;@1;)
;;      a4: e3ec34ff               bltu s1, s3, -8
;;   @005b: end
;;      a8: 13050900               mv a0, s2
;;      ac: 833484fe               ld s1, -0x18(s0)
;;      b0: 033904fe               ld s2, -0x20(s0)
;;      b4: 833984fd               ld s3, -0x28(s0)
;;      b8: 033a04fd               ld s4, -0x30(s0)
;;      bc: 833a84fc               ld s5, -0x38(s0)
;;      c0: 033b04fc               ld s6, -0x40(s0)
;;      c4: 833b84fb               ld s7, -0x48(s0)
;;      c8: 13010400               mv sp, s0
;;      cc: 83308100               ld ra, 8(sp)
;;      d0: 03340100               ld s0, 0(sp)
;;      d4: 13010103               addi sp, sp, 0x30
;;      d8: 67800000               ret
;;   @0027: (func (;0;) (type 0) (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $e i32) (param $f i32) (param $g i32) (param $h i32) (param $n i32) (result i32)
;;      dc: 731000c0               unimp
