;; if/else producing a value.
(module (func (export "f") (param i32) (result i32) local.get 0 if (result i32) i32.const 1 else i32.const 2 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: c3010054               b.lo #0x58
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0022: if (result i32) ;; label = @1
;;      34: 73000034               cbz w19, #0x40
;;   @0026: else
;;      38: 3a008052               mov w26, #1
;;      3c: 02000014               b #0x44
;;   @0029: end
;;      40: 5a008052               mov w26, #2
;;   @002a: end
;;      44: e0031a2a               mov w0, w26
;;      48: b3835ef8               ldur x19, [x29, #-0x18]
;;      4c: bf030091               mov sp, x29
;;      50: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      54: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      58: 00000000               udf #0
