;; 16- and 32-bit lane shifts by constants and registers.
(module
  (func (export "i16_shl") (param v128 i32) (result v128) (i16x8.shl (local.get 0) (local.get 1)))
  (func (export "i16_shr_s") (param v128) (result v128) (i16x8.shr_s (local.get 0) (i32.const 17)))
  (func (export "i32_shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1)))
  (func (export "i32_shl") (param v128) (result v128) (i32x4.shl (local.get 0) (i32.const 31))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_shl): kindling, x86_64-unknown-linux-gnu: 20 instructions, 109 bytes
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
;;   @0055: i16x8.shl
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: 4081e30f000000         and ebx, 0xf
;;      51: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      5b: 66440f6efb             movd xmm15, ebx
;;      60: 66410ff1c7             psllw xmm0, xmm15
;;   @0058: end
;;      65: 4889ec                 mov rsp, rbp
;;      68: 405d                   pop rbp
;;      6a: c3                     ret
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      6b: 0f0b                   ud2
;; wasm[0]::function[1] (i16_shr_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 81 bytes
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f821f000000           jb 0x4f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @005f: i16x8.shr_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f71e001             psraw xmm0, 1
;;   @0062: end
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 405d                   pop rbp
;;      4e: c3                     ret
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
;;      4f: 0f0b                   ud2
;; wasm[0]::function[2] (i32_shr_u): kindling, x86_64-unknown-linux-gnu: 20 instructions, 109 bytes
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
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
;;   @0069: i32x4.shr_u
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: 4081e31f000000         and ebx, 0x1f
;;      51: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      5b: 66440f6efb             movd xmm15, ebx
;;      60: 66410fd2c7             psrld xmm0, xmm15
;;   @006c: end
;;      65: 4889ec                 mov rsp, rbp
;;      68: 405d                   pop rbp
;;      6a: c3                     ret
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;      6b: 0f0b                   ud2
;; wasm[0]::function[3] (i32_shl): kindling, x86_64-unknown-linux-gnu: 16 instructions, 81 bytes
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f821f000000           jb 0x4f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0073: i32x4.shl
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f72f01f             pslld xmm0, 0x1f
;;   @0076: end
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 405d                   pop rbp
;;      4e: c3                     ret
;;   @006e: (func (;3;) (type 1) (param v128) (result v128)
;;      4f: 0f0b                   ud2
