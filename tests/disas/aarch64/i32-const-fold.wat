;; Constant operands fold at compile time.
(module (func (export "f") (result i32) i32.const 6 i32.const 7 i32.mul))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 15 instructions, 60 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: e3000054               b.lo #0x38
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;   @0024: end
;;      28: 40058052               mov w0, #0x2a
;;      2c: bf030091               mov sp, x29
;;      30: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      34: c0035fd6               ret
;;   @001e: (func (;0;) (type 0) (result i32)
;;      38: 00000000               udf #0
