;;! set has_avx=true
;; With AVX, comparisons: vcmpltps with swapped operands for gt, vpcmpgtd and the
;; inverted swapped compare for ge_s, vpmaxud for ge_u.
(module
  (func (export "f32_gt") (param v128 v128) (result v128) (f32x4.gt (local.get 0) (local.get 1)))
  (func (export "ge_s") (param v128 v128) (result v128) (i32x4.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param v128 v128) (result v128) (i32x4.ge_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_gt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 105 bytes
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
;;   @003a: f32x4.gt
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: c5f8c2c901             vcmpltps xmm1, xmm0, xmm1
;;   @003c: end
;;      5d: 400f28c1               movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @0035: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      67: 0f0b                   ud2
;; wasm[0]::function[1] (ge_s): kindling, x86_64-unknown-linux-gnu: 21 instructions, 114 bytes
;;   @0035: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0043: i32x4.ge_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: c57966f9               vpcmpgtd xmm15, xmm0, xmm1
;;      5c: 66450f76f6             pcmpeqd xmm14, xmm14
;;      61: c4c101efce             vpxor xmm1, xmm15, xmm14
;;   @0045: end
;;      66: 400f28c1               movaps xmm0, xmm1
;;      6a: 4889ec                 mov rsp, rbp
;;      6d: 405d                   pop rbp
;;      6f: c3                     ret
;;   @003e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      70: 0f0b                   ud2
;; wasm[0]::function[2] (ge_u): kindling, x86_64-unknown-linux-gnu: 20 instructions, 110 bytes
;;   @003e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823c000000           jb 0x6c
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @004c: i32x4.ge_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: c462713ff8             vpmaxud xmm15, xmm1, xmm0
;;      5d: c4c17176cf             vpcmpeqd xmm1, xmm1, xmm15
;;   @004e: end
;;      62: 400f28c1               movaps xmm0, xmm1
;;      66: 4889ec                 mov rsp, rbp
;;      69: 405d                   pop rbp
;;      6b: c3                     ret
;;   @0047: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      6c: 0f0b                   ud2
