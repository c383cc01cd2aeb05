;; Unsigned 16-bit lane comparisons (SSE2 has none: x86_64 uses saturating subtraction).
(module
  (func (export "gt_u") (param v128 v128) (result v128) (i16x8.gt_u (local.get 0) (local.get 1)))
  (func (export "ge_u") (param v128 v128) (result v128) (i16x8.ge_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt_u): kindling, x86_64-unknown-linux-gnu: 25 instructions, 133 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8253000000           jb 0x83
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0030: i16x8.gt_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 66440fd9f8             psubusw xmm15, xmm0
;;      61: 66450feff6             pxor xmm14, xmm14
;;      66: 66450f75fe             pcmpeqw xmm15, xmm14
;;      6b: 66450f76f6             pcmpeqd xmm14, xmm14
;;      70: 410f28cf               movaps xmm1, xmm15
;;      74: 66410fefce             pxor xmm1, xmm14
;;   @0032: end
;;      79: 400f28c1               movaps xmm0, xmm1
;;      7d: 4889ec                 mov rsp, rbp
;;      80: 405d                   pop rbp
;;      82: c3                     ret
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      83: 0f0b                   ud2
;; wasm[0]::function[1] (ge_u): kindling, x86_64-unknown-linux-gnu: 23 instructions, 123 bytes
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8249000000           jb 0x79
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0039: i16x8.ge_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f8               movaps xmm15, xmm0
;;      5c: 66440fd9f9             psubusw xmm15, xmm1
;;      61: 66450feff6             pxor xmm14, xmm14
;;      66: 410f28ce               movaps xmm1, xmm14
;;      6a: 66410f75cf             pcmpeqw xmm1, xmm15
;;   @003b: end
;;      6f: 400f28c1               movaps xmm0, xmm1
;;      73: 4889ec                 mov rsp, rbp
;;      76: 405d                   pop rbp
;;      78: c3                     ret
;;   @0034: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      79: 0f0b                   ud2
