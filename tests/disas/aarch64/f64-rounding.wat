;; sqrt, ceil, floor, trunc and nearest.
(module (func (export "f") (param f64) (result f64) local.get 0 f64.sqrt f64.ceil f64.floor f64.trunc f64.nearest))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 21 instructions, 84 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3010054               b.lo #0x50
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040601e               fmov d16, d0
;;   @0022: f64.sqrt
;;      2c: 0042601e               fmov d0, d16
;;      30: 00c0611e               fsqrt d0, d0
;;   @0023: f64.ceil
;;      34: 00c0641e               frintp d0, d0
;;   @0024: f64.floor
;;      38: 0040651e               frintm d0, d0
;;   @0025: f64.trunc
;;      3c: 00c0651e               frintz d0, d0
;;   @0026: f64.nearest
;;      40: 0040641e               frintn d0, d0
;;   @0027: end
;;      44: bf030091               mov sp, x29
;;      48: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      4c: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      50: 00000000               udf #0
