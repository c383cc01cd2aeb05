;; The sign-extension operators.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i32.extend8_s i32.extend16_s i64.extend_i32_s local.get 1 i64.extend32_s i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 25 instructions, 100 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0301d1               sub sp, sp, #0x40
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: c3010054               b.lo #0x60
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a3031ef8               stur x3, [x29, #-0x20]
;;   @0023: i32.extend8_s
;;      34: b3835eb8               ldur w19, [x29, #-0x18]
;;      38: 731e0013               sxtb w19, w19
;;   @0024: i32.extend16_s
;;      3c: 733e0013               sxth w19, w19
;;   @0025: i64.extend_i32_s
;;      40: 737e4093               sxtw x19, w19
;;   @0028: i64.extend32_s
;;      44: b4035ef8               ldur x20, [x29, #-0x20]
;;      48: 947e4093               sxtw x20, w20
;;   @0029: i64.add
;;      4c: 7302148b               add x19, x19, x20
;;   @002a: end
;;      50: e00313aa               mov x0, x19
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      60: 00000000               udf #0
