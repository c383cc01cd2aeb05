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
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8226000000           jb 0x48
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
;; wasm[0]::function[1] (shr_s): kindling, x86_64-unknown-linux-gnu: 28 instructions, 110 bytes
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f824a000000           jb 0x6c
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 440f28c0               movaps xmm8, xmm0
;;      2a: 89d3                   mov ebx, edx
;;   @004e: i64x2.shr_s
;;      2c: 89de                   mov esi, ebx
;;      2e: 83e63f                 and esi, 0x3f
;;      31: 410f28c0               movaps xmm0, xmm8
;;      35: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      3f: 664d0f6ef3             movq xmm14, r11
;;      44: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      4a: 66440f6efe             movd xmm15, esi
;;      4f: 66410fd3c7             psrlq xmm0, xmm15
;;      54: 66450fd3f7             psrlq xmm14, xmm15
;;      59: 66410fefc6             pxor xmm0, xmm14
;;      5e: 66410ffbc6             psubq xmm0, xmm14
;;   @0051: end
;;      63: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      67: 4889ec                 mov rsp, rbp
;;      6a: 5d                     pop rbp
;;      6b: c3                     ret
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;      6c: 0f0b                   ud2
;; wasm[0]::function[2] (shr_s_const): kindling, x86_64-unknown-linux-gnu: 22 instructions, 91 bytes
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8237000000           jb 0x59
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0058: i64x2.shr_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      34: 664d0f6ef3             movq xmm14, r11
;;      39: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      3f: 660f73d005             psrlq xmm0, 5
;;      44: 66410f73d605           psrlq xmm14, 5
;;      4a: 66410fefc6             pxor xmm0, xmm14
;;      4f: 66410ffbc6             psubq xmm0, xmm14
;;   @005b: end
;;      54: 4889ec                 mov rsp, rbp
;;      57: 5d                     pop rbp
;;      58: c3                     ret
;;   @0053: (func (;2;) (type 1) (param v128) (result v128)
;;      59: 0f0b                   ud2
