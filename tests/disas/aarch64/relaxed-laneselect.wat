;; Relaxed lane select: the top bit of each mask lane on x86_64 (as `blendv`), a bit select on aarch64.
(module
  (func (export "i8") (param v128 v128 v128) (result v128) (i8x16.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i32") (param v128 v128 v128) (result v128) (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc301d1               sub sp, sp, #0x70
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;      30: 521ca24e               mov v18.16b, v2.16b
;;   @0030: i8x16.relaxed_laneselect
;;      34: 401eb24e               mov v0.16b, v18.16b
;;      38: 211eb14e               mov v1.16b, v17.16b
;;      3c: 021eb04e               mov v2.16b, v16.16b
;;      40: 221ce06e               bif v2.16b, v1.16b, v0.16b
;;   @0033: end
;;      44: 401ca24e               mov v0.16b, v2.16b
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0029: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      54: 00000000               udf #0
;; wasm[0]::function[1] (i32): kindling, aarch64-unknown-linux-gnu: 22 instructions, 88 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc301d1               sub sp, sp, #0x70
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3010054               b.lo #0x54
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: 101ca04e               mov v16.16b, v0.16b
;;      2c: 311ca14e               mov v17.16b, v1.16b
;;      30: 521ca24e               mov v18.16b, v2.16b
;;   @003c: i32x4.relaxed_laneselect
;;      34: 401eb24e               mov v0.16b, v18.16b
;;      38: 211eb14e               mov v1.16b, v17.16b
;;      3c: 021eb04e               mov v2.16b, v16.16b
;;      40: 221ce06e               bif v2.16b, v1.16b, v0.16b
;;   @003f: end
;;      44: 401ca24e               mov v0.16b, v2.16b
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0035: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      54: 00000000               udf #0
