;; A direct call.
(module (func $callee (param i32) (result i32) local.get 0) (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 43010054               b.lo #0x48
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0023: end
;;      34: e003132a               mov w0, w19
;;      38: b3835ef8               ldur x19, [x29, #-0x18]
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;      48: 00000000               udf #0
;; wasm[0]::function[1] (f): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 23020054               b.lo #0x64
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @002a: i32.add
;;      34: 7a060011               add w26, w19, #1
;;   @002b: call $callee
;;      38: e0031caa               mov x0, x28
;;      3c: e1031caa               mov x1, x28
;;      40: e2031a2a               mov w2, w26
;;      44: dbffff97               bl #0xffffffffffffffb0
;;      48: bc835ff8               ldur x28, [x29, #-8]
;;      4c: fa03002a               mov w26, w0
;;   @002d: end
;;      50: e0031a2a               mov w0, w26
;;      54: b3835ef8               ldur x19, [x29, #-0x18]
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @0025: (func (;1;) (type 0) (param i32) (result i32)
;;      64: 00000000               udf #0
