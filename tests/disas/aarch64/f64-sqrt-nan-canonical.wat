;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, sqrt's NaN becomes the canonical 0x7ff8000000000000.
(module (func (export "f") (param f64) (result f64) (f64.sqrt (local.get 0))))

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
;;      28: 1040601e               fmov d16, d0
;;   @0022: f64.sqrt
;;      2c: 0042601e               fmov d0, d16
;;      30: 00c0611e               fsqrt d0, d0
;;      34: 0020601e               fcmp d0, d0
;;      38: fa079f1a               cset w26, ne
;;      3c: 7a000034               cbz w26, #0x48
;;      40: 10ffefd2               mov x16, #0x7ff8000000000000
;;      44: 0002679e               fmov d0, x16
;;   @0023: end
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result f64)
;;      54: 00000000               udf #0
