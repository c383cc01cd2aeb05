;; The 8-bit lane shifts: by a constant and by a variable amount (masked to 0..7); x86_64 widens to 16-bit lanes and packs back.
(module
  (func (export "shl_const") (param v128) (result v128) (i8x16.shl (local.get 0) (i32.const 3)))
  (func (export "shr_s_var") (param v128 i32) (result v128) (i8x16.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u_var") (param v128 i32) (result v128) (i8x16.shr_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl_const): kindling, x86_64-unknown-linux-gnu: 25 instructions, 129 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824f000000           jb 0x7f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @004c: i8x16.shl
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450fefff             pxor xmm15, xmm15
;;      49: 66440f60f8             punpcklbw xmm15, xmm0
;;      4e: 66450feff6             pxor xmm14, xmm14
;;      53: 66440f68f0             punpckhbw xmm14, xmm0
;;      58: 66410f71f703           psllw xmm15, 3
;;      5e: 66410f71f603           psllw xmm14, 3
;;      64: 66410f71d708           psrlw xmm15, 8
;;      6a: 66410f71d608           psrlw xmm14, 8
;;      70: 410f28c7               movaps xmm0, xmm15
;;      74: 66410f67c6             packuswb xmm0, xmm14
;;   @004e: end
;;      79: 4889ec                 mov rsp, rbp
;;      7c: 405d                   pop rbp
;;      7e: c3                     ret
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
;;      7f: 0f0b                   ud2
;; wasm[0]::function[1] (shr_s_var): kindling, x86_64-unknown-linux-gnu: 29 instructions, 155 bytes
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8269000000           jb 0x99
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: 40899425d8ffffff       mov dword ptr [rbp + riz - 0x28], edx
;;   @0055: i8x16.shr_s
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: 4081e307000000         and ebx, 7
;;      51: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      5b: 66450fefff             pxor xmm15, xmm15
;;      60: 66440f60f8             punpcklbw xmm15, xmm0
;;      65: 66450feff6             pxor xmm14, xmm14
;;      6a: 66440f68f0             punpckhbw xmm14, xmm0
;;      6f: 66400f6ec3             movd xmm0, ebx
;;      74: 66440fe1f8             psraw xmm15, xmm0
;;      79: 66440fe1f0             psraw xmm14, xmm0
;;      7e: 66410f71e708           psraw xmm15, 8
;;      84: 66410f71e608           psraw xmm14, 8
;;      8a: 410f28c7               movaps xmm0, xmm15
;;      8e: 66410f63c6             packsswb xmm0, xmm14
;;   @0057: end
;;      93: 4889ec                 mov rsp, rbp
;;      96: 405d                   pop rbp
;;      98: c3                     ret
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
;;      99: 0f0b                   ud2
;; wasm[0]::function[2] (shr_u_var): kindling, x86_64-unknown-linux-gnu: 29 instructions, 155 bytes
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8269000000           jb 0x99
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: 40899425d8ffffff       mov dword ptr [rbp + riz - 0x28], edx
;;   @005e: i8x16.shr_u
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: 4081e307000000         and ebx, 7
;;      51: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      5b: 66450fefff             pxor xmm15, xmm15
;;      60: 66440f60f8             punpcklbw xmm15, xmm0
;;      65: 66450feff6             pxor xmm14, xmm14
;;      6a: 66440f68f0             punpckhbw xmm14, xmm0
;;      6f: 66400f6ec3             movd xmm0, ebx
;;      74: 66440fd1f8             psrlw xmm15, xmm0
;;      79: 66440fd1f0             psrlw xmm14, xmm0
;;      7e: 66410f71d708           psrlw xmm15, 8
;;      84: 66410f71d608           psrlw xmm14, 8
;;      8a: 410f28c7               movaps xmm0, xmm15
;;      8e: 66410f67c6             packuswb xmm0, xmm14
;;   @0060: end
;;      93: 4889ec                 mov rsp, rbp
;;      96: 405d                   pop rbp
;;      98: c3                     ret
;;   @0059: (func (;2;) (type 1) (param v128 i32) (result v128)
;;      99: 0f0b                   ud2
