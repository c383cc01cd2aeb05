;; 64-bit lane comparisons (x86_64: pcmpeqq needs SSE4.1, pcmpgtq SSE4.2).
(module
  (func (export "eq") (param v128 v128) (result v128) (i64x2.eq (local.get 0) (local.get 1)))
  (func (export "lt") (param v128 v128) (result v128) (i64x2.lt_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (eq): kindling, x86_64-unknown-linux-gnu: 19 instructions, 105 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8237000000           jb 0x67
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @002c: i64x2.eq
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f3829c8             pcmpeqq xmm1, xmm0
;;   @002f: end
;;      5d: 400f28c1               movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @0027: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      67: 0f0b                   ud2
;; wasm[0]::function[1] (lt): kindling, x86_64-unknown-linux-gnu: 21 instructions, 114 bytes
;;   @0027: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8240000000           jb 0x70
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0036: i64x2.lt_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 400f28c8               movaps xmm1, xmm0
;;      60: 66410f3837cf           pcmpgtq xmm1, xmm15
;;   @0039: end
;;      66: 400f28c1               movaps xmm0, xmm1
;;      6a: 4889ec                 mov rsp, rbp
;;      6d: 405d                   pop rbp
;;      6f: c3                     ret
;;   @0031: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      70: 0f0b                   ud2
