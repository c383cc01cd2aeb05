;; Integer width conversions.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i64.extend_i32_s local.get 0 i64.extend_i32_u i64.add local.get 1 i32.wrap_i64 i64.extend_i32_u i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
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
;;      28: e3010054               b.lo #0x64
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;      30: a3031ef8               stur x3, [x29, #-0x20]
;;   @0023: i64.extend_i32_s
;;      34: b3835eb8               ldur w19, [x29, #-0x18]
;;      38: 737e4093               sxtw x19, w19
;;   @0026: i64.extend_i32_u
;;      3c: b4835eb8               ldur w20, [x29, #-0x18]
;;      40: f403142a               mov w20, w20
;;   @0027: i64.add
;;      44: 7302148b               add x19, x19, x20
;;   @002a: i32.wrap_i64
;;      48: b4035ef8               ldur x20, [x29, #-0x20]
;;   @002b: i64.extend_i32_u
;;      4c: f403142a               mov w20, w20
;;   @002c: i64.add
;;      50: 7302148b               add x19, x19, x20
;;   @002d: end
;;      54: e00313aa               mov x0, x19
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      64: 00000000               udf #0
