;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

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
;;      30: a3031eb8               stur w3, [x29, #-0x20]
;;   @0027: i32.lt_u
;;      34: b3035eb8               ldur w19, [x29, #-0x20]
;;      38: b4835eb8               ldur w20, [x29, #-0x18]
;;   @0028: br_if 0 (;@1;)
;;      3c: 9f02136b               cmp w20, w19
;;      40: a3000054               b.lo #0x54
;;   @002c: return
;;      44: 20008052               mov w0, #1
;;      48: bf030091               mov sp, x29
;;      4c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      50: c0035fd6               ret
;;   @0030: end
;;      54: 40008052               mov w0, #2
;;      58: bf030091               mov sp, x29
;;      5c: fd7bc1a8               ldp x29, x30, [sp], #0x10
;;      60: c0035fd6               ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      64: 00000000               udf #0
