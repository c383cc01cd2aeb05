;;! func = trampoline
;; Trampolines for a signature with floats and several results.
(module (func (export "f") (param i64 f64 i32) (result f64 i64) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::array_to_wasm_trampoline[0]: kindling, aarch64-unknown-linux-gnu: 41 instructions, 164 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff8301d1               sub sp, sp, #0x60
;;      10: b3831ff8               stur x19, [x29, #-8]
;;      14: b4031ff8               stur x20, [x29, #-0x10]
;;      18: b5831ef8               stur x21, [x29, #-0x18]
;;      1c: b6031ef8               stur x22, [x29, #-0x20]
;;      20: b7831df8               stur x23, [x29, #-0x28]
;;      24: b8031df8               stur x24, [x29, #-0x30]
;;      28: b9831cf8               stur x25, [x29, #-0x38]
;;      2c: ba031cf8               stur x26, [x29, #-0x40]
;;      30: bb831bf8               stur x27, [x29, #-0x48]
;;      34: bc031bf8               stur x28, [x29, #-0x50]
;;      38: a2831af8               stur x2, [x29, #-0x58]
;;      3c: 0f0440f9               ldr x15, [x0, #8]
;;      40: f0030091               mov x16, sp
;;      44: f01500f9               str x16, [x15, #0x28]
;;      48: fc0302aa               mov x28, x2
;;      4c: 820340f9               ldr x2, [x28]
;;      50: 800b40fd               ldr d0, [x28, #0x10]
;;      54: 832340b9               ldr w3, [x28, #0x20]
;;      58: e4030091               mov x4, sp
;;      5c: cdffff97               bl #0xffffffffffffff90
;;      60: bc835af8               ldur x28, [x29, #-0x58]
;;      64: 800300fd               str d0, [x28]
;;      68: ef0340f9               ldr x15, [sp]
;;      6c: 8f0b00f9               str x15, [x28, #0x10]
;;      70: b3835ff8               ldur x19, [x29, #-8]
;;      74: b4035ff8               ldur x20, [x29, #-0x10]
;;      78: b5835ef8               ldur x21, [x29, #-0x18]
;;      7c: b6035ef8               ldur x22, [x29, #-0x20]
;;      80: b7835df8               ldur x23, [x29, #-0x28]
;;      84: b8035df8               ldur x24, [x29, #-0x30]
;;      88: b9835cf8               ldur x25, [x29, #-0x38]
;;      8c: ba035cf8               ldur x26, [x29, #-0x40]
;;      90: bb835bf8               ldur x27, [x29, #-0x48]
;;      94: bc035bf8               ldur x28, [x29, #-0x50]
;;      98: bf030091               mov sp, x29
;;      9c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      a0: c0035fd6               ret
;; wasm[0]::native_to_wasm_trampoline[0]: kindling, aarch64-unknown-linux-gnu: 31 instructions, 124 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: b3831ff8               stur x19, [x29, #-8]
;;      14: b4031ff8               stur x20, [x29, #-0x10]
;;      18: b5831ef8               stur x21, [x29, #-0x18]
;;      1c: b6031ef8               stur x22, [x29, #-0x20]
;;      20: b7831df8               stur x23, [x29, #-0x28]
;;      24: b8031df8               stur x24, [x29, #-0x30]
;;      28: b9831cf8               stur x25, [x29, #-0x38]
;;      2c: ba031cf8               stur x26, [x29, #-0x40]
;;      30: bb831bf8               stur x27, [x29, #-0x48]
;;      34: bc031bf8               stur x28, [x29, #-0x50]
;;      38: 0f0440f9               ldr x15, [x0, #8]
;;      3c: f0030091               mov x16, sp
;;      40: f01500f9               str x16, [x15, #0x28]
;;      44: a7ffff97               bl #0xfffffffffffffee0
;;      48: b3835ff8               ldur x19, [x29, #-8]
;;      4c: b4035ff8               ldur x20, [x29, #-0x10]
;;      50: b5835ef8               ldur x21, [x29, #-0x18]
;;      54: b6035ef8               ldur x22, [x29, #-0x20]
;;      58: b7835df8               ldur x23, [x29, #-0x28]
;;      5c: b8035df8               ldur x24, [x29, #-0x30]
;;      60: b9835cf8               ldur x25, [x29, #-0x38]
;;      64: ba035cf8               ldur x26, [x29, #-0x40]
;;      68: bb835bf8               ldur x27, [x29, #-0x48]
;;      6c: bc035bf8               ldur x28, [x29, #-0x50]
;;      70: bf030091               mov sp, x29
;;      74: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      78: c0035fd6               ret
;; signatures[0]::wasm_to_native_trampoline: kindling, aarch64-unknown-linux-gnu: 18 instructions, 72 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: 1f2003d5               nop
;;      10: 2f0440f9               ldr x15, [x1, #8]
;;      14: bc0340f9               ldr x28, [x29]
;;      18: fb1540f9               ldr x27, [x15, #0x28]
;;      1c: 9f031beb               cmp x28, x27
;;      20: 43000054               b.lo #0x28
;;      24: fc031daa               mov x28, x29
;;      28: fc0d00f9               str x28, [x15, #0x18]
;;      2c: b00740f9               ldr x16, [x29, #8]
;;      30: f01100f9               str x16, [x15, #0x20]
;;      34: 0f0440f9               ldr x15, [x0, #8]
;;      38: e0013fd6               blr x15
;;      3c: bf030091               mov sp, x29
;;      40: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      44: c0035fd6               ret
