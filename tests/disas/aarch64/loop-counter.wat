;; A counting loop.
(module (func (export "f") (param i32) (result i32) (local i32) loop local.get 1 i32.const 1 i32.add local.set 1 local.get 1 local.get 0 i32.lt_u br_if 0 end local.get 1))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 24 instructions, 96 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 03020054               b.lo #0x5c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: f303022a               mov w19, w2
;;      34: 14008052               mov w20, #0
;;   @0028: i32.add
;;      38: 94060011               add w20, w20, #1
;;   @0030: br_if 0 (;@1;)
;;      3c: 9f02136b               cmp w20, w19
;;      40: c3ffff54               b.lo #0x38
;;   @0035: end
;;      44: e003142a               mov w0, w20
;;      48: b3835ef8               ldur x19, [x29, #-0x18]
;;      4c: b4035ef8               ldur x20, [x29, #-0x20]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      5c: 00000000               udf #0
