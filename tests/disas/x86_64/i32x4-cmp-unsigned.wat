;; Unsigned 32-bit lane comparisons (x86_64: SSE4.1's pmaxud/pminud, then pcmpeqd).
(module
  (func (export "gt_u") (param v128 v128) (result v128) (i32x4.gt_u (local.get 0) (local.get 1)))
  (func (export "le_u") (param v128 v128) (result v128) (i32x4.le_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 129 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824f000000           jb 0x7f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0030: i32x4.gt_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 66440f383bf8           pminud xmm15, xmm0
;;      62: 66440f76f9             pcmpeqd xmm15, xmm1
;;      67: 66450f76f6             pcmpeqd xmm14, xmm14
;;      6c: 410f28cf               movaps xmm1, xmm15
;;      70: 66410fefce             pxor xmm1, xmm14
;;   @0032: end
;;      75: 400f28c1               movaps xmm0, xmm1
;;      79: 4889ec                 mov rsp, rbp
;;      7c: 405d                   pop rbp
;;      7e: c3                     ret
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      7f: 0f0b                   ud2
;; wasm[0]::function[1] (le_u): kindling, x86_64-unknown-linux-gnu: 22 instructions, 119 bytes
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8245000000           jb 0x75
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0039: i32x4.le_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f8               movaps xmm15, xmm0
;;      5c: 66440f383ff9           pmaxud xmm15, xmm1
;;      62: 400f28c8               movaps xmm1, xmm0
;;      66: 66410f76cf             pcmpeqd xmm1, xmm15
;;   @003b: end
;;      6b: 400f28c1               movaps xmm0, xmm1
;;      6f: 4889ec                 mov rsp, rbp
;;      72: 405d                   pop rbp
;;      74: c3                     ret
;;   @0034: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      75: 0f0b                   ud2
