;; Extended multiplies: through extension, and through `pmuldq`/`pmuludq` or `smull`/`umull` for 64-bit lanes.
(module
  (func (export "i16_low_s") (param v128 v128) (result v128) (i16x8.extmul_low_i8x16_s (local.get 0) (local.get 1)))
  (func (export "i32_high_u") (param v128 v128) (result v128) (i32x4.extmul_high_i16x8_u (local.get 0) (local.get 1)))
  (func (export "i64_low_s") (param v128 v128) (result v128) (i64x2.extmul_low_i32x4_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_low_s): kindling, x86_64-unknown-linux-gnu: 22 instructions, 121 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8247000000           jb 0x77
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0048: i16x8.extmul_low_i8x16_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 66440f3820f9           pmovsxbw xmm15, xmm1
;;      5e: 66440f3820f0           pmovsxbw xmm14, xmm0
;;      64: 410f28cf               movaps xmm1, xmm15
;;      68: 66410fd5ce             pmullw xmm1, xmm14
;;   @004b: end
;;      6d: 400f28c1               movaps xmm0, xmm1
;;      71: 4889ec                 mov rsp, rbp
;;      74: 405d                   pop rbp
;;      76: c3                     ret
;;   @0043: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      77: 0f0b                   ud2
;; wasm[0]::function[1] (i32_high_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 134 bytes
;;   @0043: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8254000000           jb 0x84
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0052: i32x4.extmul_high_i16x8_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 66440f70f9ee           pshufd xmm15, xmm1, 0xee
;;      5e: 66450f3833ff           pmovzxwd xmm15, xmm15
;;      64: 66440f70f0ee           pshufd xmm14, xmm0, 0xee
;;      6a: 66450f3833f6           pmovzxwd xmm14, xmm14
;;      70: 410f28cf               movaps xmm1, xmm15
;;      74: 66410f3840ce           pmulld xmm1, xmm14
;;   @0055: end
;;      7a: 400f28c1               movaps xmm0, xmm1
;;      7e: 4889ec                 mov rsp, rbp
;;      81: 405d                   pop rbp
;;      83: c3                     ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      84: 0f0b                   ud2
;; wasm[0]::function[2] (i64_low_s): kindling, x86_64-unknown-linux-gnu: 22 instructions, 122 bytes
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8248000000           jb 0x78
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @005c: i64x2.extmul_low_i32x4_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 66440f70f950           pshufd xmm15, xmm1, 0x50
;;      5e: 66440f70f050           pshufd xmm14, xmm0, 0x50
;;      64: 410f28cf               movaps xmm1, xmm15
;;      68: 66410f3828ce           pmuldq xmm1, xmm14
;;   @005f: end
;;      6e: 400f28c1               movaps xmm0, xmm1
;;      72: 4889ec                 mov rsp, rbp
;;      75: 405d                   pop rbp
;;      77: c3                     ret
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      78: 0f0b                   ud2
