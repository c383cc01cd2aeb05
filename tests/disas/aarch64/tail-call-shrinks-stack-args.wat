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
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 63030054               b.lo #0x94
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
;; wasm[0]::function[1] (shrink): kindling, aarch64-unknown-linux-gnu: 57 instructions, 228 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff0304d1               sub sp, sp, #0x100
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: c3050054               b.lo #0xe0
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
;;   @004f: return_call $narrow
;;      64: b01f40f9               ldr x16, [x29, #0x38]
;;      68: b00317f8               stur x16, [x29, #-0x90]
;;      6c: b01b40f9               ldr x16, [x29, #0x30]
;;      70: b00316f8               stur x16, [x29, #-0xa0]
;;      74: b01740f9               ldr x16, [x29, #0x28]
;;      78: b00315f8               stur x16, [x29, #-0xb0]
;;      7c: b01340f9               ldr x16, [x29, #0x20]
;;      80: b00314f8               stur x16, [x29, #-0xc0]
;;      84: b00f40f9               ldr x16, [x29, #0x18]
;;      88: b00313f8               stur x16, [x29, #-0xd0]
;;      8c: b81b00f9               str x24, [x29, #0x30]
;;      90: e0031caa               mov x0, x28
;;      94: e1031caa               mov x1, x28
;;      98: e70319aa               mov x7, x25
;;      9c: a20357f8               ldur x2, [x29, #-0x90]
;;      a0: a30356f8               ldur x3, [x29, #-0xa0]
;;      a4: a40355f8               ldur x4, [x29, #-0xb0]
;;      a8: a50354f8               ldur x5, [x29, #-0xc0]
;;      ac: a60353f8               ldur x6, [x29, #-0xd0]
;;      b0: b3835ef8               ldur x19, [x29, #-0x18]
;;      b4: b4035ef8               ldur x20, [x29, #-0x20]
;;      b8: b5835df8               ldur x21, [x29, #-0x28]
;;      bc: b6035df8               ldur x22, [x29, #-0x30]
;;      c0: b7835cf8               ldur x23, [x29, #-0x38]
;;      c4: b8035cf8               ldur x24, [x29, #-0x40]
;;      c8: b9835bf8               ldur x25, [x29, #-0x48]
;;      cc: a9c30091               add x9, x29, #0x30
;;      d0: be0740f9               ldr x30, [x29, #8]
;;      d4: bd0340f9               ldr x29, [x29]
;;      d8: 3f010091               mov sp, x9
;;      dc: a1ffff17               b #0xffffffffffffff60
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      e0: 00000000               udf #0
