;; Saturating float to integer truncations (NaN lanes to 0).
(module
  (func (export "f32_s") (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func (export "f64_u") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_s): kindling, x86_64-unknown-linux-gnu: 23 instructions, 114 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8240000000           jb 0x70
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0041: i32x4.trunc_sat_f32x4_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 440f28f8               movaps xmm15, xmm0
;;      48: 440fc2f800             cmpeqps xmm15, xmm0
;;      4d: 410f54c7               andps xmm0, xmm15
;;      51: 66440feff8             pxor xmm15, xmm0
;;      56: f30f5bc0               cvttps2dq xmm0, xmm0
;;      5a: 66440fdbf8             pand xmm15, xmm0
;;      5f: 66410f72e71f           psrad xmm15, 0x1f
;;      65: 66410fefc7             pxor xmm0, xmm15
;;   @0044: end
;;      6a: 4889ec                 mov rsp, rbp
;;      6d: 405d                   pop rbp
;;      6f: c3                     ret
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;      70: 0f0b                   ud2
;; wasm[0]::function[1] (f32_u): kindling, x86_64-unknown-linux-gnu: 29 instructions, 143 bytes
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825d000000           jb 0x8d
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0049: i32x4.trunc_sat_f32x4_u
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450feff6             pxor xmm14, xmm14
;;      49: 410f5fc6               maxps xmm0, xmm14
;;      4d: 66450f76f6             pcmpeqd xmm14, xmm14
;;      52: 66410f72d601           psrld xmm14, 1
;;      58: 450f5bf6               cvtdq2ps xmm14, xmm14
;;      5c: 440f28f8               movaps xmm15, xmm0
;;      60: 450f5cfe               subps xmm15, xmm14
;;      64: f30f5bc0               cvttps2dq xmm0, xmm0
;;      68: 450fc2f702             cmpleps xmm14, xmm15
;;      6d: f3450f5bff             cvttps2dq xmm15, xmm15
;;      72: 66450feffe             pxor xmm15, xmm14
;;      77: 66450feff6             pxor xmm14, xmm14
;;      7c: 66450f383dfe           pmaxsd xmm15, xmm14
;;      82: 66410ffec7             paddd xmm0, xmm15
;;   @004c: end
;;      87: 4889ec                 mov rsp, rbp
;;      8a: 405d                   pop rbp
;;      8c: c3                     ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      8d: 0f0b                   ud2
;; wasm[0]::function[2] (f64_s): kindling, x86_64-unknown-linux-gnu: 23 instructions, 120 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8246000000           jb 0x76
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0051: i32x4.trunc_sat_f64x2_s_zero
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 440f28f8               movaps xmm15, xmm0
;;      48: 66440fc2f800           cmpeqpd xmm15, xmm0
;;      4e: 49bb0000c0ffffffdf41   movabs r11, 0x41dfffffffc00000
;;      58: 664d0f6ef3             movq xmm14, r11
;;      5d: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      63: 450f54fe               andps xmm15, xmm14
;;      67: 66410f5dc7             minpd xmm0, xmm15
;;      6c: 660fe6c0               cvttpd2dq xmm0, xmm0
;;   @0054: end
;;      70: 4889ec                 mov rsp, rbp
;;      73: 405d                   pop rbp
;;      75: c3                     ret
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;      76: 0f0b                   ud2
;; wasm[0]::function[3] (f64_u): kindling, x86_64-unknown-linux-gnu: 27 instructions, 149 bytes
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8263000000           jb 0x93
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0059: i32x4.trunc_sat_f64x2_u_zero
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450fefff             pxor xmm15, xmm15
;;      49: 66410f5fc7             maxpd xmm0, xmm15
;;      4e: 49bb0000e0ffffffef41   movabs r11, 0x41efffffffe00000
;;      58: 664d0f6ef3             movq xmm14, r11
;;      5d: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      63: 66410f5dc6             minpd xmm0, xmm14
;;      68: 660f3a09c003           roundpd xmm0, xmm0, 3
;;      6e: 49bb0000000000003043   movabs r11, 0x4330000000000000
;;      78: 664d0f6ef3             movq xmm14, r11
;;      7d: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      83: 66410f58c6             addpd xmm0, xmm14
;;      88: 410fc6c788             shufps xmm0, xmm15, 0x88
;;   @005c: end
;;      8d: 4889ec                 mov rsp, rbp
;;      90: 405d                   pop rbp
;;      92: c3                     ret
;;   @0056: (func (;3;) (type 0) (param v128) (result v128)
;;      93: 0f0b                   ud2
