;; A tail call passing fewer stack arguments than its caller received writes
;; them in place at the top of the incoming area and moves the return address
;; up to just below them.
(module
  (func $narrow (param i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 6)
  (func (export "shrink") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $narrow (local.get 11) (local.get 10) (local.get 9) (local.get 8)
      (local.get 7) (local.get 6) (local.get 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (narrow): kindling, aarch64-unknown-linux-gnu: 37 instructions, 148 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4302d1               sub sp, sp, #0x90
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: a3030054               b.lo #0x90
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: b5831df8               stur x21, [x29, #-0x28]
;;      34: b6031df8               stur x22, [x29, #-0x30]
;;      38: b7831cf8               stur x23, [x29, #-0x38]
;;      3c: b8031cf8               stur x24, [x29, #-0x40]
;;      40: b9831bf8               stur x25, [x29, #-0x48]
;;      44: f30302aa               mov x19, x2
;;      48: f40303aa               mov x20, x3
;;      4c: f50304aa               mov x21, x4
;;      50: f60305aa               mov x22, x5
;;      54: f70306aa               mov x23, x6
;;      58: f80307aa               mov x24, x7
;;      5c: b90b40f9               ldr x25, [x29, #0x10]
;;   @003e: end
;;      60: e00319aa               mov x0, x25
;;      64: b3835ef8               ldur x19, [x29, #-0x18]
;;      68: b4035ef8               ldur x20, [x29, #-0x20]
;;      6c: b5835df8               ldur x21, [x29, #-0x28]
;;      70: b6035df8               ldur x22, [x29, #-0x30]
;;      74: b7835cf8               ldur x23, [x29, #-0x38]
;;      78: b8035cf8               ldur x24, [x29, #-0x40]
;;      7c: b9835bf8               ldur x25, [x29, #-0x48]
;;      80: bf030091               mov sp, x29
;;      84: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      88: ff430091               add sp, sp, #0x10
;;      8c: c0035fd6               ret
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      90: 00000000               udf #0
;; wasm[0]::function[1] (shrink): kindling, aarch64-unknown-linux-gnu: 51 instructions, 204 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc304d1               sub sp, sp, #0x130
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 63050054               b.lo #0xc8
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: b5831df8               stur x21, [x29, #-0x28]
;;      34: b6031df8               stur x22, [x29, #-0x30]
;;      38: b7831cf8               stur x23, [x29, #-0x38]
;;      3c: b8031cf8               stur x24, [x29, #-0x40]
;;      40: b9831bf8               stur x25, [x29, #-0x48]
;;      44: a2031bf8               stur x2, [x29, #-0x50]
;;      48: a3831af8               stur x3, [x29, #-0x58]
;;      4c: a4031af8               stur x4, [x29, #-0x60]
;;      50: a58319f8               stur x5, [x29, #-0x68]
;;      54: a60319f8               stur x6, [x29, #-0x70]
;;      58: f30307aa               mov x19, x7
;;      5c: b40b40f9               ldr x20, [x29, #0x10]
;;      60: b50f40f9               ldr x21, [x29, #0x18]
;;      64: b61340f9               ldr x22, [x29, #0x20]
;;      68: b71740f9               ldr x23, [x29, #0x28]
;;      6c: b81b40f9               ldr x24, [x29, #0x30]
;;      70: b91f40f9               ldr x25, [x29, #0x38]
;;   @004f: return_call $narrow
;;      74: b31b00f9               str x19, [x29, #0x30]
;;      78: e0031caa               mov x0, x28
;;      7c: e1031caa               mov x1, x28
;;      80: e20319aa               mov x2, x25
;;      84: e30318aa               mov x3, x24
;;      88: e40317aa               mov x4, x23
;;      8c: e50316aa               mov x5, x22
;;      90: e60315aa               mov x6, x21
;;      94: e70314aa               mov x7, x20
;;      98: b3835ef8               ldur x19, [x29, #-0x18]
;;      9c: b4035ef8               ldur x20, [x29, #-0x20]
;;      a0: b5835df8               ldur x21, [x29, #-0x28]
;;      a4: b6035df8               ldur x22, [x29, #-0x30]
;;      a8: b7835cf8               ldur x23, [x29, #-0x38]
;;      ac: b8035cf8               ldur x24, [x29, #-0x40]
;;      b0: b9835bf8               ldur x25, [x29, #-0x48]
;;      b4: a9c30091               add x9, x29, #0x30
;;      b8: be0740f9               ldr x30, [x29, #8]
;;      bc: bd0340f9               ldr x29, [x29]
;;      c0: 3f010091               mov sp, x9
;;      c4: a7ffff17               b #0xffffffffffffff60
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      c8: 00000000               udf #0
