;; 64-bit lane shifts; the arithmetic right shift has no single x86_64 instruction without AVX-512.
(module
  (func (export "shl") (param v128 i32) (result v128) (i64x2.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param v128 i32) (result v128) (i64x2.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_s_const") (param v128) (result v128) (i64x2.shr_s (local.get 0) (i32.const 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl): kindling, x86_64-unknown-linux-gnu: 20 instructions, 70 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8222000000           jb 0x44
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: 8955d8                 mov dword ptr [rbp - 0x28], edx
;;   @0044: i64x2.shl
;;      2a: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      2d: 83e33f                 and ebx, 0x3f
;;      30: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      35: 66440f6efb             movd xmm15, ebx
;;      3a: 66410ff3c7             psllq xmm0, xmm15
;;   @0047: end
;;      3f: 4889ec                 mov rsp, rbp
;;      42: 5d                     pop rbp
;;      43: c3                     ret
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      44: 0f0b                   ud2
;; wasm[0]::function[1] (shr_s): kindling, x86_64-unknown-linux-gnu: 26 instructions, 106 bytes
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8246000000           jb 0x68
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: 8955d8                 mov dword ptr [rbp - 0x28], edx
;;   @004e: i64x2.shr_s
;;      2a: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      2d: 83e33f                 and ebx, 0x3f
;;      30: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      35: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      3f: 664d0f6ef3             movq xmm14, r11
;;      44: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      4a: 66440f6efb             movd xmm15, ebx
;;      4f: 66410fd3c7             psrlq xmm0, xmm15
;;      54: 66450fd3f7             psrlq xmm14, xmm15
;;      59: 66410fefc6             pxor xmm0, xmm14
;;      5e: 66410ffbc6             psubq xmm0, xmm14
;;   @0051: end
;;      63: 4889ec                 mov rsp, rbp
;;      66: 5d                     pop rbp
;;      67: c3                     ret
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;      68: 0f0b                   ud2
;; wasm[0]::function[2] (shr_s_const): kindling, x86_64-unknown-linux-gnu: 22 instructions, 93 bytes
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8239000000           jb 0x5b
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0058: i64x2.shr_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      36: 664d0f6ef3             movq xmm14, r11
;;      3b: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      41: 660f73d005             psrlq xmm0, 5
;;      46: 66410f73d605           psrlq xmm14, 5
;;      4c: 66410fefc6             pxor xmm0, xmm14
;;      51: 66410ffbc6             psubq xmm0, xmm14
;;   @005b: end
;;      56: 4889ec                 mov rsp, rbp
;;      59: 5d                     pop rbp
;;      5a: c3                     ret
;;   @0053: (func (;2;) (type 1) (param v128) (result v128)
;;      5b: 0f0b                   ud2
