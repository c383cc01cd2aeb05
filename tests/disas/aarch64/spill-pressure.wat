;; More live values than registers: the oldest spill to their frame slots.
(module (func (export "f") (param i32) (result i32)
  local.get 0 i32.const 1 i32.add local.get 0 i32.const 2 i32.add local.get 0 i32.const 3 i32.add
  local.get 0 i32.const 4 i32.add local.get 0 i32.const 5 i32.add local.get 0 i32.const 6 i32.add
  local.get 0 i32.const 7 i32.add local.get 0 i32.const 8 i32.add local.get 0 i32.const 9 i32.add
  local.get 0 i32.const 10 i32.add
  i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 46 instructions, 184 bytes
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
;;      28: 63040054               b.lo #0xb4
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;   @0024: i32.add
;;      30: b3835eb8               ldur w19, [x29, #-0x18]
;;      34: 73060011               add w19, w19, #1
;;   @0029: i32.add
;;      38: b4835eb8               ldur w20, [x29, #-0x18]
;;      3c: 940a0011               add w20, w20, #2
;;   @002e: i32.add
;;      40: b5835eb8               ldur w21, [x29, #-0x18]
;;      44: b50e0011               add w21, w21, #3
;;   @0033: i32.add
;;      48: b6835eb8               ldur w22, [x29, #-0x18]
;;      4c: d6120011               add w22, w22, #4
;;   @0038: i32.add
;;      50: b7835eb8               ldur w23, [x29, #-0x18]
;;      54: f7160011               add w23, w23, #5
;;   @003d: i32.add
;;      58: b8835eb8               ldur w24, [x29, #-0x18]
;;      5c: 181b0011               add w24, w24, #6
;;   @0042: i32.add
;;      60: b9835eb8               ldur w25, [x29, #-0x18]
;;      64: 391f0011               add w25, w25, #7
;;   @0047: i32.add
;;      68: ba835eb8               ldur w26, [x29, #-0x18]
;;      6c: 5a230011               add w26, w26, #8
;;   @004c: i32.add
;;      70: a9835eb8               ldur w9, [x29, #-0x18]
;;      74: 29250011               add w9, w9, #9
;;   @0051: i32.add
;;      78: aa835eb8               ldur w10, [x29, #-0x18]
;;      7c: 4a290011               add w10, w10, #0xa
;;   @0052: i32.add
;;      80: 29010a0b               add w9, w9, w10
;;   @0053: i32.add
;;      84: 5a03090b               add w26, w26, w9
;;   @0054: i32.add
;;      88: 39031a0b               add w25, w25, w26
;;   @0055: i32.add
;;      8c: 1803190b               add w24, w24, w25
;;   @0056: i32.add
;;      90: f702180b               add w23, w23, w24
;;   @0057: i32.add
;;      94: d602170b               add w22, w22, w23
;;   @0058: i32.add
;;      98: b502160b               add w21, w21, w22
;;   @0059: i32.add
;;      9c: 9402150b               add w20, w20, w21
;;   @005a: i32.add
;;      a0: 7302140b               add w19, w19, w20
;;   @005b: end
;;      a4: e003132a               mov w0, w19
;;      a8: bf030091               mov sp, x29
;;      ac: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      b0: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      b4: 00000000               udf #0
