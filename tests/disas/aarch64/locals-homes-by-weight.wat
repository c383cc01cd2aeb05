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
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 54 instructions, 216 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc302d1               sub sp, sp, #0xb0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3050054               b.lo #0xd4
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: b5831df8               stur x21, [x29, #-0x28]
;;      34: b6031df8               stur x22, [x29, #-0x30]
;;      38: b7831cf8               stur x23, [x29, #-0x38]
;;      3c: b8031cf8               stur x24, [x29, #-0x40]
;;      40: b9831bf8               stur x25, [x29, #-0x48]
;;      44: f603022a               mov w22, w2
;;      48: f703032a               mov w23, w3
;;      4c: f803042a               mov w24, w4
;;      50: f903052a               mov w25, w5
;;      54: a60319b8               stur w6, [x29, #-0x70]
;;      58: a78318b8               stur w7, [x29, #-0x78]
;;      5c: b52340b9               ldr w21, [x29, #0x20]
;;      60: 13008052               mov w19, #0
;;      64: 14008052               mov w20, #0
;;   @002e: i32.add
;;      68: da02170b               add w26, w22, w23
;;   @0031: i32.add
;;      6c: 5a03180b               add w26, w26, w24
;;   @0034: i32.add
;;      70: 5a03190b               add w26, w26, w25
;;   @0037: i32.add
;;      74: a90359b8               ldur w9, [x29, #-0x70]
;;      78: 5a03090b               add w26, w26, w9
;;   @003a: i32.add
;;      7c: a98358b8               ldur w9, [x29, #-0x78]
;;      80: 5a03090b               add w26, w26, w9
;;   @003d: i32.add
;;      84: a91340b9               ldr w9, [x29, #0x10]
;;      88: 5a03090b               add w26, w26, w9
;;   @0040: i32.add
;;      8c: a91b40b9               ldr w9, [x29, #0x18]
;;      90: 5403090b               add w20, w26, w9
;;   @0049: i32.add
;;      94: 9402130b               add w20, w20, w19
;;   @0050: i32.add
;;      98: 73060011               add w19, w19, #1
;;   @0056: br_if 0 (;@1;)
;;      9c: 7f02156b               cmp w19, w21
;;      a0: a3ffff54               b.lo #0x94
;;   @005b: end
;;      a4: e003142a               mov w0, w20
;;      a8: b3835ef8               ldur x19, [x29, #-0x18]
;;      ac: b4035ef8               ldur x20, [x29, #-0x20]
;;      b0: b5835df8               ldur x21, [x29, #-0x28]
;;      b4: b6035df8               ldur x22, [x29, #-0x30]
;;      b8: b7835cf8               ldur x23, [x29, #-0x38]
;;      bc: b8035cf8               ldur x24, [x29, #-0x40]
;;      c0: b9835bf8               ldur x25, [x29, #-0x48]
;;      c4: bf030091               mov sp, x29
;;      c8: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      cc: ff830091               add sp, sp, #0x20
;;      d0: c0035fd6               ret
;;   @0027: (func (;0;) (type 0) (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $e i32) (param $f i32) (param $g i32) (param $h i32) (param $n i32) (result i32)
;;      d4: 00000000               udf #0
