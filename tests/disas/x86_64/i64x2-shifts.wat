;; 64-bit lane shifts; the arithmetic right shift has no single x86_64 instruction without AVX-512.
(module
  (func (export "shl") (param v128 i32) (result v128) (i64x2.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param v128 i32) (result v128) (i64x2.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_s_const") (param v128) (result v128) (i64x2.shr_s (local.get 0) (i32.const 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl): kindling, x86_64-unknown-linux-gnu: 20 instructions, 109 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823b000000           jb 0x6b
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: 40899425d8ffffff       mov dword ptr [rbp + riz - 0x28], edx
;;   @0044: i64x2.shl
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: 4081e33f000000         and ebx, 0x3f
;;      51: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      5b: 66440f6efb             movd xmm15, ebx
;;      60: 66410ff3c7             psllq xmm0, xmm15
;;   @0047: end
;;      65: 4889ec                 mov rsp, rbp
;;      68: 405d                   pop rbp
;;      6a: c3                     ret
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      6b: 0f0b                   ud2
;; wasm[0]::function[1] (shr_s): kindling, x86_64-unknown-linux-gnu: 26 instructions, 145 bytes
;;   @003f: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825f000000           jb 0x8f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: 40899425d8ffffff       mov dword ptr [rbp + riz - 0x28], edx
;;   @004e: i64x2.shr_s
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: 4081e33f000000         and ebx, 0x3f
;;      51: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      5b: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      65: 664d0f6ef3             movq xmm14, r11
;;      6a: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      70: 66440f6efb             movd xmm15, ebx
;;      75: 66410fd3c7             psrlq xmm0, xmm15
;;      7a: 66450fd3f7             psrlq xmm14, xmm15
;;      7f: 66410fefc6             pxor xmm0, xmm14
;;      84: 66410ffbc6             psubq xmm0, xmm14
;;   @0051: end
;;      89: 4889ec                 mov rsp, rbp
;;      8c: 405d                   pop rbp
;;      8e: c3                     ret
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;      8f: 0f0b                   ud2
;; wasm[0]::function[2] (shr_s_const): kindling, x86_64-unknown-linux-gnu: 22 instructions, 118 bytes
;;   @0049: (func (;1;) (type 0) (param v128 i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8244000000           jb 0x74
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0058: i64x2.shr_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      4e: 664d0f6ef3             movq xmm14, r11
;;      53: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      59: 660f73d005             psrlq xmm0, 5
;;      5e: 66410f73d605           psrlq xmm14, 5
;;      64: 66410fefc6             pxor xmm0, xmm14
;;      69: 66410ffbc6             psubq xmm0, xmm14
;;   @005b: end
;;      6e: 4889ec                 mov rsp, rbp
;;      71: 405d                   pop rbp
;;      73: c3                     ret
;;   @0053: (func (;2;) (type 1) (param v128) (result v128)
;;      74: 0f0b                   ud2
