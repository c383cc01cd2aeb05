;; Saturating float to integer truncations (NaN lanes to 0).
(module
  (func (export "f32_s") (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func (export "f64_u") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_s): kindling, x86_64-unknown-linux-gnu: 23 instructions, 89 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8235000000           jb 0x57
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0041: i32x4.trunc_sat_f32x4_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 440f28f8               movaps xmm15, xmm0
;;      30: 440fc2f800             cmpeqps xmm15, xmm0
;;      35: 410f54c7               andps xmm0, xmm15
;;      39: 66440feff8             pxor xmm15, xmm0
;;      3e: f30f5bc0               cvttps2dq xmm0, xmm0
;;      42: 66440fdbf8             pand xmm15, xmm0
;;      47: 66410f72e71f           psrad xmm15, 0x1f
;;      4d: 66410fefc7             pxor xmm0, xmm15
;;   @0044: end
;;      52: 4889ec                 mov rsp, rbp
;;      55: 5d                     pop rbp
;;      56: c3                     ret
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;      57: 0f0b                   ud2
;; wasm[0]::function[1] (f32_u): kindling, x86_64-unknown-linux-gnu: 29 instructions, 118 bytes
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8252000000           jb 0x74
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0049: i32x4.trunc_sat_f32x4_u
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66450feff6             pxor xmm14, xmm14
;;      31: 410f5fc6               maxps xmm0, xmm14
;;      35: 66450f76f6             pcmpeqd xmm14, xmm14
;;      3a: 66410f72d601           psrld xmm14, 1
;;      40: 450f5bf6               cvtdq2ps xmm14, xmm14
;;      44: 440f28f8               movaps xmm15, xmm0
;;      48: 450f5cfe               subps xmm15, xmm14
;;      4c: f30f5bc0               cvttps2dq xmm0, xmm0
;;      50: 450fc2f702             cmpleps xmm14, xmm15
;;      55: f3450f5bff             cvttps2dq xmm15, xmm15
;;      5a: 66450feffe             pxor xmm15, xmm14
;;      5f: 66450feff6             pxor xmm14, xmm14
;;      64: 66450f383dfe           pmaxsd xmm15, xmm14
;;      6a: 66410ffec7             paddd xmm0, xmm15
;;   @004c: end
;;      6f: 4889ec                 mov rsp, rbp
;;      72: 5d                     pop rbp
;;      73: c3                     ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      74: 0f0b                   ud2
;; wasm[0]::function[2] (f64_s): kindling, x86_64-unknown-linux-gnu: 23 instructions, 95 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f823b000000           jb 0x5d
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0051: i32x4.trunc_sat_f64x2_s_zero
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 440f28f8               movaps xmm15, xmm0
;;      30: 66440fc2f800           cmpeqpd xmm15, xmm0
;;      36: 49bb0000c0ffffffdf41   movabs r11, 0x41dfffffffc00000
;;      40: 664d0f6ef3             movq xmm14, r11
;;      45: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      4b: 450f54fe               andps xmm15, xmm14
;;      4f: 66410f5dc7             minpd xmm0, xmm15
;;      54: 660fe6c0               cvttpd2dq xmm0, xmm0
;;   @0054: end
;;      58: 4889ec                 mov rsp, rbp
;;      5b: 5d                     pop rbp
;;      5c: c3                     ret
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;      5d: 0f0b                   ud2
;; wasm[0]::function[3] (f64_u): kindling, x86_64-unknown-linux-gnu: 27 instructions, 124 bytes
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8258000000           jb 0x7a
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0059: i32x4.trunc_sat_f64x2_u_zero
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66450fefff             pxor xmm15, xmm15
;;      31: 66410f5fc7             maxpd xmm0, xmm15
;;      36: 49bb0000e0ffffffef41   movabs r11, 0x41efffffffe00000
;;      40: 664d0f6ef3             movq xmm14, r11
;;      45: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      4b: 66410f5dc6             minpd xmm0, xmm14
;;      50: 660f3a09c003           roundpd xmm0, xmm0, 3
;;      56: 49bb0000000000003043   movabs r11, 0x4330000000000000
;;      60: 664d0f6ef3             movq xmm14, r11
;;      65: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      6b: 66410f58c6             addpd xmm0, xmm14
;;      70: 410fc6c788             shufps xmm0, xmm15, 0x88
;;   @005c: end
;;      75: 4889ec                 mov rsp, rbp
;;      78: 5d                     pop rbp
;;      79: c3                     ret
;;   @0056: (func (;3;) (type 0) (param v128) (result v128)
;;      7a: 0f0b                   ud2
