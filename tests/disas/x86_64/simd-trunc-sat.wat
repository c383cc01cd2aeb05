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
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f823a000000           jb 0x55
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8257000000           jb 0x72
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
;; wasm[0]::function[2] (f64_s): kindling, x86_64-unknown-linux-gnu: 46 instructions, 112 bytes
;;   @0046: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8234000000           jb 0x4f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0051: i32x4.trunc_sat_f64x2_s_zero
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 440f28f8               movaps xmm15, xmm0
;;      2e: 66440fc2f800           cmpeqpd xmm15, xmm0
;;      34: f3440f6f3523000000     movdqu xmm14, xmmword ptr [rip + 0x23]
;;      3d: 450f54fe               andps xmm15, xmm14
;;      41: 66410f5dc7             minpd xmm0, xmm15
;;      46: 660fe6c0               cvttpd2dq xmm0, xmm0
;;   @0054: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 5d                     pop rbp
;;      4e: c3                     ret
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;      4f: 0f0b                   ud2
;;      51: 90                     nop
;;      52: 90                     nop
;;      53: 90                     nop
;;      54: 90                     nop
;;      55: 90                     nop
;;      56: 90                     nop
;;      57: 90                     nop
;;      58: 90                     nop
;;      59: 90                     nop
;;      5a: 90                     nop
;;      5b: 90                     nop
;;      5c: 90                     nop
;;      5d: 90                     nop
;;      5e: 90                     nop
;;      5f: 90                     nop
;;      60: 0000                   add byte ptr [rax], al
;;      62: c0ffff                 sar bh, 0xff
;;      65: ff                     .byte 0xff
;;      66: df4100                 fild word ptr [rcx]
;;      69: 00c0                   add al, al
;;      6b: ff                     .byte 0xff
;;      6c: ff                     .byte 0xff
;;      6d: ff                     .byte 0xff
;;      6e: df                     .byte 0xdf
;;      6f: 41                     .byte 0x41
;; wasm[0]::function[3] (f64_u): kindling, x86_64-unknown-linux-gnu: 55 instructions, 144 bytes
;;   @004e: (func (;2;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8245000000           jb 0x60
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0059: i32x4.trunc_sat_f64x2_u_zero
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450fefff             pxor xmm15, xmm15
;;      2f: 66410f5fc7             maxpd xmm0, xmm15
;;      34: f3440f6f3533000000     movdqu xmm14, xmmword ptr [rip + 0x33]
;;      3d: 66410f5dc6             minpd xmm0, xmm14
;;      42: 660f3a09c003           roundpd xmm0, xmm0, 3
;;      48: f3440f6f352f000000     movdqu xmm14, xmmword ptr [rip + 0x2f]
;;      51: 66410f58c6             addpd xmm0, xmm14
;;      56: 410fc6c788             shufps xmm0, xmm15, 0x88
;;   @005c: end
;;      5b: 4889ec                 mov rsp, rbp
;;      5e: 5d                     pop rbp
;;      5f: c3                     ret
;;   @0056: (func (;3;) (type 0) (param v128) (result v128)
;;      60: 0f0b                   ud2
;;      62: 90                     nop
;;      63: 90                     nop
;;      64: 90                     nop
;;      65: 90                     nop
;;      66: 90                     nop
;;      67: 90                     nop
;;      68: 90                     nop
;;      69: 90                     nop
;;      6a: 90                     nop
;;      6b: 90                     nop
;;      6c: 90                     nop
;;      6d: 90                     nop
;;      6e: 90                     nop
;;      6f: 90                     nop
;;      70: 0000                   add byte ptr [rax], al
;;      72: e0ff                   loopne 0x73
;;      74: ff                     .byte 0xff
;;      75: ff                     .byte 0xff
;;      76: ef                     out dx, eax
;;      77: 410000                 add byte ptr [r8], al
;;      7a: e0ff                   loopne 0x7b
;;      7c: ff                     .byte 0xff
;;      7d: ff                     .byte 0xff
;;      7e: ef                     out dx, eax
;;      7f: 410000                 add byte ptr [r8], al
;;      82: 0000                   add byte ptr [rax], al
;;      84: 0000                   add byte ptr [rax], al
;;      86: 304300                 xor byte ptr [rbx], al
;;      89: 0000                   add byte ptr [rax], al
;;      8b: 0000                   add byte ptr [rax], al
;;      8d: 0030                   add byte ptr [rax], dh
;;      8f: 43                     .byte 0x43
