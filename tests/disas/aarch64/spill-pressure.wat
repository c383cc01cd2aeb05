;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 43 instructions, 172 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4303d1               sub sp, sp, #0xd0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63040054               b.lo #0xa8
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @0024: i32.add
;;      30: 7a060011               add w26, w19, #1
;;   @0029: i32.add
;;      34: 690a0011               add w9, w19, #2
;;   @002e: i32.add
;;      38: 6a0e0011               add w10, w19, #3
;;   @0033: i32.add
;;      3c: 6b120011               add w11, w19, #4
;;   @0038: i32.add
;;      40: 6c160011               add w12, w19, #5
;;   @003d: i32.add
;;      44: 6d1a0011               add w13, w19, #6
;;   @0042: i32.add
;;      48: 6e1e0011               add w14, w19, #7
;;   @0047: i32.add
;;      4c: ba031db8               stur w26, [x29, #-0x30]
;;      50: 7a220011               add w26, w19, #8
;;   @004c: i32.add
;;      54: a9031cb8               stur w9, [x29, #-0x40]
;;      58: 69260011               add w9, w19, #9
;;   @0051: i32.add
;;      5c: aa031bb8               stur w10, [x29, #-0x50]
;;      60: 6a2a0011               add w10, w19, #0xa
;;   @0052: i32.add
;;      64: 29010a0b               add w9, w9, w10
;;   @0053: i32.add
;;      68: 5a03090b               add w26, w26, w9
;;   @0054: i32.add
;;      6c: ce011a0b               add w14, w14, w26
;;   @0055: i32.add
;;      70: ad010e0b               add w13, w13, w14
;;   @0056: i32.add
;;      74: 8c010d0b               add w12, w12, w13
;;   @0057: i32.add
;;      78: 6b010c0b               add w11, w11, w12
;;   @0058: i32.add
;;      7c: ba035bb8               ldur w26, [x29, #-0x50]
;;      80: 5a030b0b               add w26, w26, w11
;;   @0059: i32.add
;;      84: a9035cb8               ldur w9, [x29, #-0x40]
;;      88: 29011a0b               add w9, w9, w26
;;   @005a: i32.add
;;      8c: ba035db8               ldur w26, [x29, #-0x30]
;;      90: 5a03090b               add w26, w26, w9
;;   @005b: end
;;      94: e0031a2a               mov w0, w26
;;      98: b3835ef8               ldur x19, [x29, #-0x18]
;;      9c: bf030091               mov sp, x29
;;      a0: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      a4: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      a8: 00000000               udf #0
