;; A counting loop.
(module (func (export "f") (param i32) (result i32) (local i32) loop local.get 1 i32.const 1 i32.add local.set 1 local.get 1 local.get 0 i32.lt_u br_if 0 end local.get 1))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 03020054               b.lo #0x60
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: f303022a               mov w19, w2
;;      38: 14008052               mov w20, #0
;;   @0028: i32.add
;;      3c: 94060011               add w20, w20, #1
;;   @0030: br_if 0 (;@1;)
;;      40: 9f02136b               cmp w20, w19
;;      44: c3ffff54               b.lo #0x3c
;;   @0035: end
;;      48: e003142a               mov w0, w20
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: b4035ef8               ldur x20, [x29, #-0x20]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      60: 00000000               udf #0
