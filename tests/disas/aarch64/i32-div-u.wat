;; i32.div_u: traps on zero.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ff4301d1               sub sp, sp, #0x50
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: 23020054               b.lo #0x60
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: b4031ef8               stur x20, [x29, #-0x20]
;;      30: f303022a               mov w19, w2
;;      34: f403032a               mov w20, w3
;;   @0025: i32.div_u
;;      38: fa03142a               mov w26, w20
;;      3c: e903132a               mov w9, w19
;;      40: 3a010034               cbz w26, #0x64
;;      44: 2909da1a               udiv w9, w9, w26
;;   @0026: end
;;      48: e003092a               mov w0, w9
;;      4c: b3835ef8               ldur x19, [x29, #-0x18]
;;      50: b4035ef8               ldur x20, [x29, #-0x20]
;;      54: bf030091               mov sp, x29
;;      58: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      5c: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      60: 00000000               udf #0
;;   @0025: i32.div_u
;;      64: 00000000               udf #0
