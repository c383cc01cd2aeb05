;; v128.bitselect(a, b, mask) = (a & mask) | (b & !mask), from three two-operand operations.
(module
  (func (export "f") (param v128 v128 v128) (result v128)
    (v128.bitselect (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 141 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec70000000         sub rsp, 0x70
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825b000000           jb 0x8b
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;   @0028: v128.bitselect
;;      4e: f3400f6f8425c0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x40]
;;      58: f3400f6f8c25d0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x30]
;;      62: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      6c: 660fdbd0               pand xmm2, xmm0
;;      70: 440f28f9               movaps xmm15, xmm1
;;      74: 400f28c8               movaps xmm1, xmm0
;;      78: 66410fdfcf             pandn xmm1, xmm15
;;      7d: 660febd1               por xmm2, xmm1
;;   @002a: end
;;      81: 400f28c2               movaps xmm0, xmm2
;;      85: 4889ec                 mov rsp, rbp
;;      88: 405d                   pop rbp
;;      8a: c3                     ret
;;   @0021: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      8b: 0f0b                   ud2
