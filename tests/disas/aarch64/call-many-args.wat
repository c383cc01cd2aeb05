;; A call with more arguments than argument registers: the rest go on the stack.
(module (func $callee (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32) local.get 7) (func (export "f") (result i32) i32.const 1 i32.const 2 i32.const 3 i32.const 4 i32.const 5 i32.const 6 i32.const 7 i32.const 8 call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, aarch64-unknown-linux-gnu: 38 instructions, 152 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4302d1               sub sp, sp, #0x90
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 63030054               b.lo #0x94
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: b5831df8               stur x21, [x29, #-0x28]
;;      38: b6031df8               stur x22, [x29, #-0x30]
;;      3c: b7831cf8               stur x23, [x29, #-0x38]
;;      40: b8031cf8               stur x24, [x29, #-0x40]
;;      44: b9831bf8               stur x25, [x29, #-0x48]
;;      48: f303022a               mov w19, w2
;;      4c: f403032a               mov w20, w3
;;      50: f503042a               mov w21, w4
;;      54: f603052a               mov w22, w5
;;      58: f703062a               mov w23, w6
;;      5c: f803072a               mov w24, w7
;;      60: b91340b9               ldr w25, [x29, #0x10]
;;   @002e: end
;;      64: a01b40b9               ldr w0, [x29, #0x18]
;;      68: b3835ef8               ldur x19, [x29, #-0x18]
;;      6c: b4035ef8               ldur x20, [x29, #-0x20]
;;      70: b5835df8               ldur x21, [x29, #-0x28]
;;      74: b6035df8               ldur x22, [x29, #-0x30]
;;      78: b7835cf8               ldur x23, [x29, #-0x38]
;;      7c: b8035cf8               ldur x24, [x29, #-0x40]
;;      80: b9835bf8               ldur x25, [x29, #-0x48]
;;      84: bf030091               mov sp, x29
;;      88: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      8c: ff430091               add sp, sp, #0x10
;;      90: c0035fd6               ret
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      94: 00000000               udf #0
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 32 instructions, 128 bytes
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8302d1               sub sp, sp, #0xa0
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: a3020054               b.lo #0x7c
;;   @0041: call $callee
;;      2c: f00080d2               mov x16, #7
;;      30: f00300b9               str w16, [sp]
;;      34: 100180d2               mov x16, #8
;;      38: f00b00b9               str w16, [sp, #8]
;;      3c: e0031caa               mov x0, x28
;;      40: e1031caa               mov x1, x28
;;      44: 22008052               mov w2, #1
;;      48: 43008052               mov w3, #2
;;      4c: 64008052               mov w4, #3
;;      50: 85008052               mov w5, #4
;;      54: a6008052               mov w6, #5
;;      58: c7008052               mov w7, #6
;;      5c: c1ffff97               bl #0xffffffffffffff60
;;      60: ff4300d1               sub sp, sp, #0x10
;;      64: bc835ff8               ldur x28, [x29, #-8]
;;      68: fa03002a               mov w26, w0
;;   @0043: end
;;      6c: e0031a2a               mov w0, w26
;;      70: bf030091               mov sp, x29
;;      74: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      78: c0035fd6               ret
;;   @0030: (func (;1;) (type 1) (result i32)
;;      7c: 00000000               udf #0
