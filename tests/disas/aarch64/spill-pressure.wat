;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 44 instructions, 176 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4303d1               sub sp, sp, #0xd0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 63040054               b.lo #0xac
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0024: i32.add
;;      34: 7a060011               add w26, w19, #1
;;   @0029: i32.add
;;      38: 690a0011               add w9, w19, #2
;;   @002e: i32.add
;;      3c: 6a0e0011               add w10, w19, #3
;;   @0033: i32.add
;;      40: 6b120011               add w11, w19, #4
;;   @0038: i32.add
;;      44: 6c160011               add w12, w19, #5
;;   @003d: i32.add
;;      48: 6d1a0011               add w13, w19, #6
;;   @0042: i32.add
;;      4c: 6e1e0011               add w14, w19, #7
;;   @0047: i32.add
;;      50: ba031db8               stur w26, [x29, #-0x30]
;;      54: 7a220011               add w26, w19, #8
;;   @004c: i32.add
;;      58: a9031cb8               stur w9, [x29, #-0x40]
;;      5c: 69260011               add w9, w19, #9
;;   @0051: i32.add
;;      60: aa031bb8               stur w10, [x29, #-0x50]
;;      64: 6a2a0011               add w10, w19, #0xa
;;   @0052: i32.add
;;      68: 29010a0b               add w9, w9, w10
;;   @0053: i32.add
;;      6c: 5a03090b               add w26, w26, w9
;;   @0054: i32.add
;;      70: ce011a0b               add w14, w14, w26
;;   @0055: i32.add
;;      74: ad010e0b               add w13, w13, w14
;;   @0056: i32.add
;;      78: 8c010d0b               add w12, w12, w13
;;   @0057: i32.add
;;      7c: 6b010c0b               add w11, w11, w12
;;   @0058: i32.add
;;      80: ba035bb8               ldur w26, [x29, #-0x50]
;;      84: 5a030b0b               add w26, w26, w11
;;   @0059: i32.add
;;      88: a9035cb8               ldur w9, [x29, #-0x40]
;;      8c: 29011a0b               add w9, w9, w26
;;   @005a: i32.add
;;      90: ba035db8               ldur w26, [x29, #-0x30]
;;      94: 5a03090b               add w26, w26, w9
;;   @005b: end
;;      98: e0031a2a               mov w0, w26
;;      9c: b3835ef8               ldur x19, [x29, #-0x18]
;;      a0: bf030091               mov sp, x29
;;      a4: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      a8: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      ac: 00000000               udf #0
