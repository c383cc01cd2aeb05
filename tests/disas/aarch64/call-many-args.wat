;; A call with more arguments than argument registers: the rest go on the stack.
(module (func $callee (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32) local.get 7) (func (export "f") (result i32) i32.const 1 i32.const 2 i32.const 3 i32.const 4 i32.const 5 i32.const 6 i32.const 7 i32.const 8 call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8301d1               sub sp, sp, #0x60
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23020054               b.lo #0x60
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: a2031eb8               stur w2, [x29, #-0x20]
;;      30: a3831db8               stur w3, [x29, #-0x28]
;;      34: a4031db8               stur w4, [x29, #-0x30]
;;      38: a5831cb8               stur w5, [x29, #-0x38]
;;      3c: a6031cb8               stur w6, [x29, #-0x40]
;;      40: a7831bb8               stur w7, [x29, #-0x48]
;;      44: b31b40b9               ldr w19, [x29, #0x18]
;;   @002e: end
;;      48: e003132a               mov w0, w19
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: bf030091               mov sp, x29
;;      54: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      58: ff430091               add sp, sp, #0x10
;;      5c: c0035fd6               ret
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      60: 00000000               udf #0
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 31 instructions, 124 bytes
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8302d1               sub sp, sp, #0xa0
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: e3020054               b.lo #0x78
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;   @0041: call $callee
;;      28: f00080d2               mov x16, #7
;;      2c: f00300b9               str w16, [sp]
;;      30: 100180d2               mov x16, #8
;;      34: f00b00b9               str w16, [sp, #8]
;;      38: e0031caa               mov x0, x28
;;      3c: e1031caa               mov x1, x28
;;      40: 22008052               mov w2, #1
;;      44: 43008052               mov w3, #2
;;      48: 64008052               mov w4, #3
;;      4c: 85008052               mov w5, #4
;;      50: a6008052               mov w6, #5
;;      54: c7008052               mov w7, #6
;;      58: ceffff97               bl #0xffffffffffffff90
;;      5c: ff4300d1               sub sp, sp, #0x10
;;      60: bc835ff8               ldur x28, [x29, #-8]
;;      64: fa03002a               mov w26, w0
;;   @0043: end
;;      68: e0031a2a               mov w0, w26
;;      6c: bf030091               mov sp, x29
;;      70: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      74: c0035fd6               ret
;;   @0030: (func (;1;) (type 1) (result i32)
;;      78: 00000000               udf #0
