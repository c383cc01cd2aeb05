;; sqrt, ceil, floor, trunc and nearest.
(module (func (export "f") (param f64) (result f64) local.get 0 f64.sqrt f64.ceil f64.floor f64.trunc f64.nearest))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3010054               b.lo #0x54
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: 1040601e               fmov d16, d0
;;   @0022: f64.sqrt
;;      30: 0042601e               fmov d0, d16
;;      34: 00c0611e               fsqrt d0, d0
;;   @0023: f64.ceil
;;      38: 00c0641e               frintp d0, d0
;;   @0024: f64.floor
;;      3c: 0040651e               frintm d0, d0
;;   @0025: f64.trunc
;;      40: 00c0651e               frintz d0, d0
;;   @0026: f64.nearest
;;      44: 0040641e               frintn d0, d0
;;   @0027: end
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      54: 00000000               udf #0
