;;! set has_avx=true
;; With AVX, wasm's f32x4.min and f64x2.max: vminps/vmaxpd in both operand orders and
;; vcmpunordps, the same operations as the SSE sequence without its copies.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.max (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 25 instructions, 132 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8252000000           jb 0x82
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @002e: f32x4.min
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: c5705df8               vminps xmm15, xmm1, xmm0
;;      5c: c5785df1               vminps xmm14, xmm0, xmm1
;;      60: 450f56fe               orps xmm15, xmm14
;;      64: 450fc2f703             cmpunordps xmm14, xmm15
;;      69: 450f56fe               orps xmm15, xmm14
;;      6d: 66410f72d60a           psrld xmm14, 0xa
;;      73: c4c10855cf             vandnps xmm1, xmm14, xmm15
;;   @0031: end
;;      78: 400f28c1               movaps xmm0, xmm1
;;      7c: 4889ec                 mov rsp, rbp
;;      7f: 405d                   pop rbp
;;      81: c3                     ret
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      82: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 26 instructions, 136 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8256000000           jb 0x86
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0038: f64x2.max
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: c5715ff8               vmaxpd xmm15, xmm1, xmm0
;;      5c: c5795ff1               vmaxpd xmm14, xmm0, xmm1
;;      60: 450f57f7               xorps xmm14, xmm15
;;      64: 450f56fe               orps xmm15, xmm14
;;      68: c4c101c2cf03           vcmpunordpd xmm1, xmm15, xmm15
;;      6e: 66450f5cfe             subpd xmm15, xmm14
;;      73: 660f73d10d             psrlq xmm1, 0xd
;;      78: 410f55cf               andnps xmm1, xmm15
;;   @003b: end
;;      7c: 400f28c1               movaps xmm0, xmm1
;;      80: 4889ec                 mov rsp, rbp
;;      83: 405d                   pop rbp
;;      85: c3                     ret
;;   @0033: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      86: 0f0b                   ud2
