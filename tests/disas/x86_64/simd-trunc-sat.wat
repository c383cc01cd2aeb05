;; Saturating float to integer truncations (NaN lanes to 0).
(module
  (func (export "f32_s") (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func (export "f64_u") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_s): kindling, x86_64-unknown-linux-gnu: 23 instructions, 87 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8233000000           jb 0x55
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0041: i32x4.trunc_sat_f32x4_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 440f28f8               movaps xmm15, xmm0
;;      2e: 440fc2f800             cmpeqps xmm15, xmm0
;;      33: 410f54c7               andps xmm0, xmm15
;;      37: 66440feff8             pxor xmm15, xmm0
;;      3c: f30f5bc0               cvttps2dq xmm0, xmm0
;;      40: 66440fdbf8             pand xmm15, xmm0
;;      45: 66410f72e71f           psrad xmm15, 0x1f
;;      4b: 66410fefc7             pxor xmm0, xmm15
;;   @0044: end
;;      50: 4889ec                 mov rsp, rbp
;;      53: 5d                     pop rbp
;;      54: c3                     ret
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;      55: 0f0b                   ud2
;; wasm[0]::function[1] (f32_u): kindling, x86_64-unknown-linux-gnu: 29 instructions, 116 bytes
;;   @003e: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8250000000           jb 0x72
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0049: i32x4.trunc_sat_f32x4_u
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450feff6             pxor xmm14, xmm14
;;      2f: 410f5fc6               maxps xmm0, xmm14
;;      33: 66450f76f6             pcmpeqd xmm14, xmm14
;;      38: 66410f72d601           psrld xmm14, 1
;;      3e: 450f5bf6               cvtdq2ps xmm14, xmm14
;;      42: 440f28f8               movaps xmm15, xmm0
;;      46: 450f5cfe               subps xmm15, xmm14
;;      4a: f30f5bc0               cvttps2dq xmm0, xmm0
;;      4e: 450fc2f702             cmpleps xmm14, xmm15
;;      53: f3450f5bff             cvttps2dq xmm15, xmm15
;;      58: 66450feffe             pxor xmm15, xmm14
;;      5d: 66450feff6             pxor xmm14, xmm14
;;      62: 66450f383dfe           pmaxsd xmm15, xmm14
;;      68: 66410ffec7             paddd xmm0, xmm15
;;   @004c: end
;;      6d: 4889ec                 mov rsp, rbp
;;      70: 5d                     pop rbp
;;      71: c3                     ret
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;      72: 0f0b                   ud2
;; wasm[0]::function[2] (f64_s): kindling, x86_64-unknown-linux-gnu: 23 instructions, 93 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8239000000           jb 0x5b
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0051: i32x4.trunc_sat_f64x2_s_zero
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 440f28f8               movaps xmm15, xmm0
;;      2e: 66440fc2f800           cmpeqpd xmm15, xmm0
;;      34: 49bb0000c0ffffffdf41   movabs r11, 0x41dfffffffc00000
;;      3e: 664d0f6ef3             movq xmm14, r11
;;      43: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      49: 450f54fe               andps xmm15, xmm14
;;      4d: 66410f5dc7             minpd xmm0, xmm15
;;      52: 660fe6c0               cvttpd2dq xmm0, xmm0
;;   @0054: end
;;      56: 4889ec                 mov rsp, rbp
;;      59: 5d                     pop rbp
;;      5a: c3                     ret
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;      5b: 0f0b                   ud2
;; wasm[0]::function[3] (f64_u): kindling, x86_64-unknown-linux-gnu: 27 instructions, 122 bytes
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8256000000           jb 0x78
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0059: i32x4.trunc_sat_f64x2_u_zero
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450fefff             pxor xmm15, xmm15
;;      2f: 66410f5fc7             maxpd xmm0, xmm15
;;      34: 49bb0000e0ffffffef41   movabs r11, 0x41efffffffe00000
;;      3e: 664d0f6ef3             movq xmm14, r11
;;      43: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      49: 66410f5dc6             minpd xmm0, xmm14
;;      4e: 660f3a09c003           roundpd xmm0, xmm0, 3
;;      54: 49bb0000000000003043   movabs r11, 0x4330000000000000
;;      5e: 664d0f6ef3             movq xmm14, r11
;;      63: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      69: 66410f58c6             addpd xmm0, xmm14
;;      6e: 410fc6c788             shufps xmm0, xmm15, 0x88
;;   @005c: end
;;      73: 4889ec                 mov rsp, rbp
;;      76: 5d                     pop rbp
;;      77: c3                     ret
;;   @0056: (func (;3;) (type 0) (param v128) (result v128)
;;      78: 0f0b                   ud2
