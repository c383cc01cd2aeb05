;; A tail call passing fewer stack arguments than its caller received writes
;; them in place at the top of the incoming area and moves the return address
;; up to just below them.
(module
  (func $narrow (param i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 6)
  (func (export "shrink") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $narrow (local.get 11) (local.get 10) (local.get 9) (local.get 8)
      (local.get 7) (local.get 6) (local.get 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (narrow): kindling, aarch64-unknown-linux-gnu: 23 instructions, 92 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 83010054               b.lo #0x58
;;      2c: a2831ef8               stur x2, [x29, #-0x18]
;;      30: a3031ef8               stur x3, [x29, #-0x20]
;;      34: a4831df8               stur x4, [x29, #-0x28]
;;      38: a5031df8               stur x5, [x29, #-0x30]
;;      3c: a6831cf8               stur x6, [x29, #-0x38]
;;      40: a7031cf8               stur x7, [x29, #-0x40]
;;   @003e: end
;;      44: a00b40f9               ldr x0, [x29, #0x10]
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: ff430091               add sp, sp, #0x10
;;      54: c0035fd6               ret
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      58: 00000000               udf #0
;; wasm[0]::function[1] (shrink): kindling, aarch64-unknown-linux-gnu: 45 instructions, 180 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0303d1               sub sp, sp, #0xc0
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 43040054               b.lo #0xb0
;;      2c: a2831ef8               stur x2, [x29, #-0x18]
;;      30: a3031ef8               stur x3, [x29, #-0x20]
;;      34: a4831df8               stur x4, [x29, #-0x28]
;;      38: a5031df8               stur x5, [x29, #-0x30]
;;      3c: a6831cf8               stur x6, [x29, #-0x38]
;;      40: a7031cf8               stur x7, [x29, #-0x40]
;;   @004f: return_call $narrow
;;      44: b01f40f9               ldr x16, [x29, #0x38]
;;      48: b0031bf8               stur x16, [x29, #-0x50]
;;      4c: b01b40f9               ldr x16, [x29, #0x30]
;;      50: b0031af8               stur x16, [x29, #-0x60]
;;      54: b01740f9               ldr x16, [x29, #0x28]
;;      58: b00319f8               stur x16, [x29, #-0x70]
;;      5c: b01340f9               ldr x16, [x29, #0x20]
;;      60: b00318f8               stur x16, [x29, #-0x80]
;;      64: b00f40f9               ldr x16, [x29, #0x18]
;;      68: b00317f8               stur x16, [x29, #-0x90]
;;      6c: b00b40f9               ldr x16, [x29, #0x10]
;;      70: b00316f8               stur x16, [x29, #-0xa0]
;;      74: b0035cf8               ldur x16, [x29, #-0x40]
;;      78: b01b00f9               str x16, [x29, #0x30]
;;      7c: e0031caa               mov x0, x28
;;      80: e1031caa               mov x1, x28
;;      84: a2035bf8               ldur x2, [x29, #-0x50]
;;      88: a3035af8               ldur x3, [x29, #-0x60]
;;      8c: a40359f8               ldur x4, [x29, #-0x70]
;;      90: a50358f8               ldur x5, [x29, #-0x80]
;;      94: a60357f8               ldur x6, [x29, #-0x90]
;;      98: a70356f8               ldur x7, [x29, #-0xa0]
;;      9c: a9c30091               add x9, x29, #0x30
;;      a0: be0740f9               ldr x30, [x29, #8]
;;      a4: bd0340f9               ldr x29, [x29]
;;      a8: 3f010091               mov sp, x9
;;      ac: bdffff17               b #0xffffffffffffffa0
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      b0: 00000000               udf #0
