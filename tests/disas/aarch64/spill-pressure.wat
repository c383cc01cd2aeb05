;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 54 instructions, 216 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4303d1               sub sp, sp, #0xd0
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 63050054               b.lo #0xd4
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0024: i32.add
;;      34: fa03132a               mov w26, w19
;;      38: 5a070011               add w26, w26, #1
;;   @0029: i32.add
;;      3c: e903132a               mov w9, w19
;;      40: 29090011               add w9, w9, #2
;;   @002e: i32.add
;;      44: ea03132a               mov w10, w19
;;      48: 4a0d0011               add w10, w10, #3
;;   @0033: i32.add
;;      4c: eb03132a               mov w11, w19
;;      50: 6b110011               add w11, w11, #4
;;   @0038: i32.add
;;      54: ec03132a               mov w12, w19
;;      58: 8c150011               add w12, w12, #5
;;   @003d: i32.add
;;      5c: ed03132a               mov w13, w19
;;      60: ad190011               add w13, w13, #6
;;   @0042: i32.add
;;      64: ee03132a               mov w14, w19
;;      68: ce1d0011               add w14, w14, #7
;;   @0047: i32.add
;;      6c: ba031db8               stur w26, [x29, #-0x30]
;;      70: fa03132a               mov w26, w19
;;      74: 5a230011               add w26, w26, #8
;;   @004c: i32.add
;;      78: a9031cb8               stur w9, [x29, #-0x40]
;;      7c: e903132a               mov w9, w19
;;      80: 29250011               add w9, w9, #9
;;   @0051: i32.add
;;      84: aa031bb8               stur w10, [x29, #-0x50]
;;      88: ea03132a               mov w10, w19
;;      8c: 4a290011               add w10, w10, #0xa
;;   @0052: i32.add
;;      90: 29010a0b               add w9, w9, w10
;;   @0053: i32.add
;;      94: 5a03090b               add w26, w26, w9
;;   @0054: i32.add
;;      98: ce011a0b               add w14, w14, w26
;;   @0055: i32.add
;;      9c: ad010e0b               add w13, w13, w14
;;   @0056: i32.add
;;      a0: 8c010d0b               add w12, w12, w13
;;   @0057: i32.add
;;      a4: 6b010c0b               add w11, w11, w12
;;   @0058: i32.add
;;      a8: ba035bb8               ldur w26, [x29, #-0x50]
;;      ac: 5a030b0b               add w26, w26, w11
;;   @0059: i32.add
;;      b0: a9035cb8               ldur w9, [x29, #-0x40]
;;      b4: 29011a0b               add w9, w9, w26
;;   @005a: i32.add
;;      b8: ba035db8               ldur w26, [x29, #-0x30]
;;      bc: 5a03090b               add w26, w26, w9
;;   @005b: end
;;      c0: e0031a2a               mov w0, w26
;;      c4: b3835ef8               ldur x19, [x29, #-0x18]
;;      c8: bf030091               mov sp, x29
;;      cc: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      d0: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      d4: 00000000               udf #0
