;; br_table through a jump table.
(module (func (export "f") (param i32) (result i32) block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, aarch64-unknown-linux-gnu: 35 instructions, 140 bytes
;;       0: fd7bbfa9               stp x29, x30, [sp, #-0x10]!
;;       4: fd030091               mov x29, sp
;;       8: 1f2003d5               nop
;;       c: ffc300d1               sub sp, sp, #0x30
;;      10: fc0300aa               mov x28, x0
;;      14: bc831ff8               stur x28, [x29, #-8]
;;      18: 900740f9               ldr x16, [x28, #8]
;;      1c: 100240f9               ldr x16, [x16]
;;      20: f1030091               mov x17, sp
;;      24: 3f0210eb               cmp x17, x16
;;      28: 03030054               b.lo #0x88
;;      2c: a2831eb8               stur w2, [x29, #-0x18]
;;   @0028: br_table 0 (;@3;) 1 (;@2;) 2 (;@1;)
;;      30: b3835eb8               ldur w19, [x29, #-0x18]
;;      34: 7f0a0071               cmp w19, #2
;;      38: 02020054               b.hs #0x78
;;      3c: b0000010               adr x16, #0x50
;;      40: f103132a               mov w17, w19
;;      44: 31f67ed3               lsl x17, x17, #2
;;      48: 1002118b               add x16, x16, x17
;;      4c: 00021fd6               br x16
;;      50: 02000014               b #0x58
;;      54: 05000014               b #0x68
;;   @0030: return
;;      58: 40018052               mov w0, #0xa
;;      5c: bf030091               mov sp, x29
;;      60: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      64: c0035fd6               ret
;;   @0034: return
;;      68: 80028052               mov w0, #0x14
;;      6c: bf030091               mov sp, x29
;;      70: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      74: c0035fd6               ret
;;   @0038: end
;;      78: c0038052               mov w0, #0x1e
;;      7c: bf030091               mov sp, x29
;;      80: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      84: c0035fd6               ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      88: 00000000               udf #0
