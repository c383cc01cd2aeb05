;; br_table through a jump table.
(module (func (export "f") (param i32) (result i32) block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 38 instructions, 152 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: ff6330eb               cmp sp, x16
;;      1c: c3030054               b.lo #0x94
;;      20: fc0300aa               mov x28, x0
;;      24: bc831ff8               stur x28, [x29, #-8]
;;      28: b3831ef8               stur x19, [x29, #-0x18]
;;      2c: f303022a               mov w19, w2
;;   @0028: br_table 0 (;@3;) 1 (;@2;) 2 (;@1;)
;;      30: fa03132a               mov w26, w19
;;      34: 5f0b0071               cmp w26, #2
;;      38: 42020054               b.hs #0x80
;;      3c: b0000010               adr x16, #0x50
;;      40: f1031a2a               mov w17, w26
;;      44: 31f67ed3               lsl x17, x17, #2
;;      48: 1002118b               add x16, x16, x17
;;      4c: 00021fd6               br x16
;;      50: 02000014               b #0x58
;;      54: 06000014               b #0x6c
;;   @0030: return
;;      58: 40018052               mov w0, #0xa
;;      5c: b3835ef8               ldur x19, [x29, #-0x18]
;;      60: bf030091               mov sp, x29
;;      64: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      68: c0035fd6               ret
;;   @0034: return
;;      6c: 80028052               mov w0, #0x14
;;      70: b3835ef8               ldur x19, [x29, #-0x18]
;;      74: bf030091               mov sp, x29
;;      78: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      7c: c0035fd6               ret
;;   @0038: end
;;      80: c0038052               mov w0, #0x1e
;;      84: b3835ef8               ldur x19, [x29, #-0x18]
;;      88: bf030091               mov sp, x29
;;      8c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      90: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      94: 00000000               udf #0
