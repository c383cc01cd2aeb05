;; A tail call passing fewer stack arguments than its caller received writes
;; them in place at the top of the incoming area and moves the return address
;; up to just below them.
(module
  (func $narrow (param i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 6)
  (func (export "shrink") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $narrow (local.get 11) (local.get 10) (local.get 9) (local.get 8)
      (local.get 7) (local.get 6) (local.get 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (narrow): kindling, aarch64-unknown-linux-gnu: 38 instructions, 152 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4302d1               sub sp, sp, #0x90
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: a3030054               b.lo #0x94
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: b5831df8               stur x21, [x29, #-0x28]
;;      38: b6031df8               stur x22, [x29, #-0x30]
;;      3c: b7831cf8               stur x23, [x29, #-0x38]
;;      40: b8031cf8               stur x24, [x29, #-0x40]
;;      44: b9831bf8               stur x25, [x29, #-0x48]
;;      48: f30302aa               mov x19, x2
;;      4c: f40303aa               mov x20, x3
;;      50: f50304aa               mov x21, x4
;;      54: f60305aa               mov x22, x5
;;      58: f70306aa               mov x23, x6
;;      5c: f80307aa               mov x24, x7
;;      60: b90b40f9               ldr x25, [x29, #0x10]
;;   @003e: end
;;      64: e00319aa               mov x0, x25
;;      68: b3835ef8               ldur x19, [x29, #-0x18]
;;      6c: b4035ef8               ldur x20, [x29, #-0x20]
;;      70: b5835df8               ldur x21, [x29, #-0x28]
;;      74: b6035df8               ldur x22, [x29, #-0x30]
;;      78: b7835cf8               ldur x23, [x29, #-0x38]
;;      7c: b8035cf8               ldur x24, [x29, #-0x40]
;;      80: b9835bf8               ldur x25, [x29, #-0x48]
;;      84: bf030091               mov sp, x29
;;      88: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      8c: ff430091               add sp, sp, #0x10
;;      90: c0035fd6               ret
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      94: 00000000               udf #0
;; wasm[0]::function[1] (shrink): kindling, aarch64-unknown-linux-gnu: 52 instructions, 208 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc304d1               sub sp, sp, #0x130
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: 63050054               b.lo #0xcc
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: b4031ef8               stur x20, [x29, #-0x20]
;;      34: b5831df8               stur x21, [x29, #-0x28]
;;      38: b6031df8               stur x22, [x29, #-0x30]
;;      3c: b7831cf8               stur x23, [x29, #-0x38]
;;      40: b8031cf8               stur x24, [x29, #-0x40]
;;      44: b9831bf8               stur x25, [x29, #-0x48]
;;      48: a2031bf8               stur x2, [x29, #-0x50]
;;      4c: a3831af8               stur x3, [x29, #-0x58]
;;      50: a4031af8               stur x4, [x29, #-0x60]
;;      54: a58319f8               stur x5, [x29, #-0x68]
;;      58: a60319f8               stur x6, [x29, #-0x70]
;;      5c: f30307aa               mov x19, x7
;;      60: b40b40f9               ldr x20, [x29, #0x10]
;;      64: b50f40f9               ldr x21, [x29, #0x18]
;;      68: b61340f9               ldr x22, [x29, #0x20]
;;      6c: b71740f9               ldr x23, [x29, #0x28]
;;      70: b81b40f9               ldr x24, [x29, #0x30]
;;      74: b91f40f9               ldr x25, [x29, #0x38]
;;   @004f: return_call $narrow
;;      78: b31b00f9               str x19, [x29, #0x30]
;;      7c: e0031caa               mov x0, x28
;;      80: e1031caa               mov x1, x28
;;      84: e20319aa               mov x2, x25
;;      88: e30318aa               mov x3, x24
;;      8c: e40317aa               mov x4, x23
;;      90: e50316aa               mov x5, x22
;;      94: e60315aa               mov x6, x21
;;      98: e70314aa               mov x7, x20
;;      9c: b3835ef8               ldur x19, [x29, #-0x18]
;;      a0: b4035ef8               ldur x20, [x29, #-0x20]
;;      a4: b5835df8               ldur x21, [x29, #-0x28]
;;      a8: b6035df8               ldur x22, [x29, #-0x30]
;;      ac: b7835cf8               ldur x23, [x29, #-0x38]
;;      b0: b8035cf8               ldur x24, [x29, #-0x40]
;;      b4: b9835bf8               ldur x25, [x29, #-0x48]
;;      b8: a9c30091               add x9, x29, #0x30
;;      bc: be0740f9               ldr x30, [x29, #8]
;;      c0: bd0340f9               ldr x29, [x29]
;;      c4: 3f010091               mov sp, x9
;;      c8: a6ffff17               b #0xffffffffffffff60
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      cc: 00000000               udf #0
