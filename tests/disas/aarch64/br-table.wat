;; br_table through a jump table.
(module (func (export "f") (param i32) (result i32) block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 39 instructions, 156 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: 100440f9               ldr x16, [x0, #8]
;;      14: 100240f9               ldr x16, [x16]
;;      18: f1030091               mov x17, sp
;;      1c: 3f0210eb               cmp x17, x16
;;      20: c3030054               b.lo #0x98
;;      24: fc0300aa               mov x28, x0
;;      28: bc831ff8               stur x28, [x29, #-8]
;;      2c: b3831ef8               stur x19, [x29, #-0x18]
;;      30: f303022a               mov w19, w2
;;   @0028: br_table 0 (;@3;) 1 (;@2;) 2 (;@1;)
;;      34: fa03132a               mov w26, w19
;;      38: 5f0b0071               cmp w26, #2
;;      3c: 42020054               b.hs #0x84
;;      40: b0000010               adr x16, #0x54
;;      44: f1031a2a               mov w17, w26
;;      48: 31f67ed3               lsl x17, x17, #2
;;      4c: 1002118b               add x16, x16, x17
;;      50: 00021fd6               br x16
;;      54: 02000014               b #0x5c
;;      58: 06000014               b #0x70
;;   @0030: return
;;      5c: 40018052               mov w0, #0xa
;;      60: b3835ef8               ldur x19, [x29, #-0x18]
;;      64: bf030091               mov sp, x29
;;      68: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      6c: c0035fd6               ret
;;   @0034: return
;;      70: 80028052               mov w0, #0x14
;;      74: b3835ef8               ldur x19, [x29, #-0x18]
;;      78: bf030091               mov sp, x29
;;      7c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      80: c0035fd6               ret
;;   @0038: end
;;      84: c0038052               mov w0, #0x1e
;;      88: b3835ef8               ldur x19, [x29, #-0x18]
;;      8c: bf030091               mov sp, x29
;;      90: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      94: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      98: 00000000               udf #0
