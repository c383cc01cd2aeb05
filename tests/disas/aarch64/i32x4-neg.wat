;; Lane negation is 0 - x.
(module
  (func (export "f") (param v128) (result v128) (i32x4.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 19 instructions, 76 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63010054               b.lo #0x48
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;   @0022: i32x4.neg
;;      2c: 001eb04e               mov v0.16b, v16.16b
;;      30: 211c216e               eor v1.16b, v1.16b, v1.16b
;;      34: 2184a06e               sub v1.4s, v1.4s, v0.4s
;;   @0025: end
;;      38: 201ca14e               mov v0.16b, v1.16b
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      48: 00000000               udf #0
