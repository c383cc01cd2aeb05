;; A block result carried by a branch.
(module (func (export "f") (param i32) (result i32) block (result i32) i32.const 7 local.get 0 br_if 0 drop i32.const 9 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @0026: br_if 0 (;@1;)
;;      30: 73000034               cbz w19, #0x3c
;;      34: fa008052               mov w26, #7
;;      38: 02000014               b #0x40
;;   @002b: end
;;      3c: 3a018052               mov w26, #9
;;   @002c: end
;;      40: e0031a2a               mov w0, w26
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      54: 00000000               udf #0
