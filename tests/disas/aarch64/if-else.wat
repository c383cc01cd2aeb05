;; if/else producing a value.
(module (func (export "f") (param i32) (result i32) local.get 0 if (result i32) i32.const 1 else i32.const 2 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @0022: if (result i32) ;; label = @1
;;      30: 73000034               cbz w19, #0x3c
;;   @0026: else
;;      34: 3a008052               mov w26, #1
;;      38: 02000014               b #0x40
;;   @0029: end
;;      3c: 5a008052               mov w26, #2
;;   @002a: end
;;      40: e0031a2a               mov w0, w26
;;      44: b3835ef8               ldur x19, [x29, #-0x18]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      54: 00000000               udf #0
