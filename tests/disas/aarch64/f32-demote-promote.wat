;; Float width conversions and reinterpretation.
(module (func (export "f") (param f64) (result i64) local.get 0 f32.demote_f64 f64.promote_f32 i64.reinterpret_f64))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 20 instructions, 80 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 83010054               b.lo #0x4c
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 1040601e               fmov d16, d0
;;   @0022: f32.demote_f64
;;      2c: 0042601e               fmov d0, d16
;;      30: 0040621e               fcvt s0, d0
;;   @0023: f64.promote_f32
;;      34: 00c0221e               fcvt d0, s0
;;   @0024: i64.reinterpret_f64
;;      38: 1a00669e               fmov x26, d0
;;   @0025: end
;;      3c: e0031aaa               mov x0, x26
;;      40: bf030091               mov sp, x29
;;      44: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      48: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      4c: 00000000               udf #0
