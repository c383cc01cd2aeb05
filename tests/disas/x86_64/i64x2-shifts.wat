;; 64-bit lane shifts; the arithmetic right shift has no single x86_64 instruction without AVX-512.
(module
  (func (export "shl") (param v128 i32) (result v128) (i64x2.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param v128 i32) (result v128) (i64x2.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_s_const") (param v128) (result v128) (i64x2.shr_s (local.get 0) (i32.const 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl): kindling, x86_64-unknown-linux-gnu: 22 instructions, 74 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822d000000           jb 0x48
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 440f28c0               movaps xmm8, xmm0
;;      2a: 89d3                   mov ebx, edx
;;   @0044: i64x2.shl
;;      2c: 89de                   mov esi, ebx
;;      2e: 83e63f                 and esi, 0x3f
;;      31: 410f28c0               movaps xmm0, xmm8
;;      35: 66440f6efe             movd xmm15, esi
;;      3a: 66410ff3c7             psllq xmm0, xmm15
;;   @0047: end
;;      3f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      43: 4889ec                 mov rsp, rbp
;;      46: 5d                     pop rbp
;;      47: c3                     ret
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      48: 0f0b                   ud2
;; wasm[0]::function[1] (shr_s): kindling, x86_64-unknown-linux-gnu: 47 instructions, 128 bytes
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8245000000           jb 0x60
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 440f28c0               movaps xmm8, xmm0
;;      2a: 89d3                   mov ebx, edx
;;   @004e: i64x2.shr_s
;;      2c: 89de                   mov esi, ebx
;;      2e: 83e63f                 and esi, 0x3f
;;      31: 410f28c0               movaps xmm0, xmm8
;;      35: f3440f6f3532000000     movdqu xmm14, xmmword ptr [rip + 0x32]
;;      3e: 66440f6efe             movd xmm15, esi
;;      43: 66410fd3c7             psrlq xmm0, xmm15
;;      48: 66450fd3f7             psrlq xmm14, xmm15
;;      4d: 66410fefc6             pxor xmm0, xmm14
;;      52: 66410ffbc6             psubq xmm0, xmm14
;;   @0051: end
;;      57: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      5b: 4889ec                 mov rsp, rbp
;;      5e: 5d                     pop rbp
;;      5f: c3                     ret
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
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
;;      72: 0000                   add byte ptr [rax], al
;;      74: 0000                   add byte ptr [rax], al
;;      76: 008000000000           add byte ptr [rax], al
;;      7c: 0000                   add byte ptr [rax], al
;;      7e: 00                     .byte 0x00
;;      7f: 80                     .byte 0x80
;; wasm[0]::function[2] (shr_s_const): kindling, x86_64-unknown-linux-gnu: 28 instructions, 96 bytes
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8232000000           jb 0x4d
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0058: i64x2.shr_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f3440f6f351d000000     movdqu xmm14, xmmword ptr [rip + 0x1d]
;;      33: 660f73d005             psrlq xmm0, 5
;;      38: 66410f73d605           psrlq xmm14, 5
;;      3e: 66410fefc6             pxor xmm0, xmm14
;;      43: 66410ffbc6             psubq xmm0, xmm14
;;   @005b: end
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 5d                     pop rbp
;;      4c: c3                     ret
;;   @0053: (func (;2;) (type 1) (param v128) (result v128)
;;      4d: 0f0b                   ud2
;;      4f: 90                     nop
;;      50: 0000                   add byte ptr [rax], al
;;      52: 0000                   add byte ptr [rax], al
;;      54: 0000                   add byte ptr [rax], al
;;      56: 008000000000           add byte ptr [rax], al
;;      5c: 0000                   add byte ptr [rax], al
;;      5e: 00                     .byte 0x00
;;      5f: 80                     .byte 0x80
