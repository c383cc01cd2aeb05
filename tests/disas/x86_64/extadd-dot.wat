;; Pairwise extended additions and the 16-bit dot product.
(module
  (func (export "add16_s") (param v128) (result v128) (i16x8.extadd_pairwise_i8x16_s (local.get 0)))
  (func (export "add32_u") (param v128) (result v128) (i32x4.extadd_pairwise_i16x8_u (local.get 0)))
  (func (export "dot") (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add16_s): kindling, x86_64-unknown-linux-gnu: 35 instructions, 96 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822b000000           jb 0x46
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0040: i16x8.extadd_pairwise_i8x16_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f3440f6f351d000000     movdqu xmm14, xmmword ptr [rip + 0x1d]
;;      33: 440f28f8               movaps xmm15, xmm0
;;      37: 410f28c6               movaps xmm0, xmm14
;;      3b: 66410f3804c7           pmaddubsw xmm0, xmm15
;;   @0042: end
;;      41: 4889ec                 mov rsp, rbp
;;      44: 5d                     pop rbp
;;      45: c3                     ret
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;      46: 0f0b                   ud2
;;      48: 90                     nop
;;      49: 90                     nop
;;      4a: 90                     nop
;;      4b: 90                     nop
;;      4c: 90                     nop
;;      4d: 90                     nop
;;      4e: 90                     nop
;;      4f: 90                     nop
;;      50: 0101                   add dword ptr [rcx], eax
;;      52: 0101                   add dword ptr [rcx], eax
;;      54: 0101                   add dword ptr [rcx], eax
;;      56: 0101                   add dword ptr [rcx], eax
;;      58: 0101                   add dword ptr [rcx], eax
;;      5a: 0101                   add dword ptr [rcx], eax
;;      5c: 0101                   add dword ptr [rcx], eax
;;      5e: 0101                   add dword ptr [rcx], eax
;; wasm[0]::function[1] (add32_u): kindling, x86_64-unknown-linux-gnu: 44 instructions, 144 bytes
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f823e000000           jb 0x59
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0047: i32x4.extadd_pairwise_i16x8_u
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f3440f6f352d000000     movdqu xmm14, xmmword ptr [rip + 0x2d]
;;      33: 66410fefc6             pxor xmm0, xmm14
;;      38: f3440f6f352f000000     movdqu xmm14, xmmword ptr [rip + 0x2f]
;;      41: 66410ff5c6             pmaddwd xmm0, xmm14
;;      46: f3440f6f3531000000     movdqu xmm14, xmmword ptr [rip + 0x31]
;;      4f: 66410ffec6             paddd xmm0, xmm14
;;   @0049: end
;;      54: 4889ec                 mov rsp, rbp
;;      57: 5d                     pop rbp
;;      58: c3                     ret
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;      59: 0f0b                   ud2
;;      5b: 90                     nop
;;      5c: 90                     nop
;;      5d: 90                     nop
;;      5e: 90                     nop
;;      5f: 90                     nop
;;      60: 008000800080           add byte ptr [rax - 0x7fff8000], al
;;      66: 008000800080           add byte ptr [rax - 0x7fff8000], al
;;      6c: 008000800100           add byte ptr [rax + 0x18000], al
;;      72: 0100                   add dword ptr [rax], eax
;;      74: 0100                   add dword ptr [rax], eax
;;      76: 0100                   add dword ptr [rax], eax
;;      78: 0100                   add dword ptr [rax], eax
;;      7a: 0100                   add dword ptr [rax], eax
;;      7c: 0100                   add dword ptr [rax], eax
;;      7e: 0100                   add dword ptr [rax], eax
;;      80: 0000                   add byte ptr [rax], al
;;      82: 0100                   add dword ptr [rax], eax
;;      84: 0000                   add byte ptr [rax], al
;;      86: 0100                   add dword ptr [rax], eax
;;      88: 0000                   add byte ptr [rax], al
;;      8a: 0100                   add dword ptr [rax], eax
;;      8c: 0000                   add byte ptr [rax], al
;;      8e: 0100                   add dword ptr [rax], eax
;; wasm[0]::function[2] (dot): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0050: i32x4.dot_i16x8_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660ff5c8               pmaddwd xmm1, xmm0
;;   @0053: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @004b: (func (;2;) (type 1) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
