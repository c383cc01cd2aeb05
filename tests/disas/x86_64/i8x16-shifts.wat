;; The 8-bit lane shifts: by a constant and by a variable amount (masked to 0..7); x86_64 widens to 16-bit lanes and packs back.
(module
  (func (export "shl_const") (param v128) (result v128) (i8x16.shl (local.get 0) (i32.const 3)))
  (func (export "shr_s_var") (param v128 i32) (result v128) (i8x16.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u_var") (param v128 i32) (result v128) (i8x16.shr_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl_const): kindling, x86_64-unknown-linux-gnu: 25 instructions, 102 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8249000000           jb 0x64
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @004c: i8x16.shl
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450fefff             pxor xmm15, xmm15
;;      2f: 66440f60f8             punpcklbw xmm15, xmm0
;;      34: 66450feff6             pxor xmm14, xmm14
;;      39: 66440f68f0             punpckhbw xmm14, xmm0
;;      3e: 66410f71f703           psllw xmm15, 3
;;      44: 66410f71f603           psllw xmm14, 3
;;      4a: 66410f71d708           psrlw xmm15, 8
;;      50: 66410f71d608           psrlw xmm14, 8
;;      56: 410f28c7               movaps xmm0, xmm15
;;      5a: 66410f67c6             packuswb xmm0, xmm14
;;   @004e: end
;;      5f: 4889ec                 mov rsp, rbp
;;      62: 5d                     pop rbp
;;      63: c3                     ret
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
;;      64: 0f0b                   ud2
;; wasm[0]::function[1] (shr_s_var): kindling, x86_64-unknown-linux-gnu: 31 instructions, 119 bytes
;;   @0047: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f825a000000           jb 0x75
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 440f28c0               movaps xmm8, xmm0
;;      2a: 89d3                   mov ebx, edx
;;   @0055: i8x16.shr_s
;;      2c: 89de                   mov esi, ebx
;;      2e: 83e607                 and esi, 7
;;      31: 410f28c0               movaps xmm0, xmm8
;;      35: 66450fefff             pxor xmm15, xmm15
;;      3a: 66440f60f8             punpcklbw xmm15, xmm0
;;      3f: 66450feff6             pxor xmm14, xmm14
;;      44: 66440f68f0             punpckhbw xmm14, xmm0
;;      49: 660f6ec6               movd xmm0, esi
;;      4d: 66440fe1f8             psraw xmm15, xmm0
;;      52: 66440fe1f0             psraw xmm14, xmm0
;;      57: 66410f71e708           psraw xmm15, 8
;;      5d: 66410f71e608           psraw xmm14, 8
;;      63: 410f28c7               movaps xmm0, xmm15
;;      67: 66410f63c6             packsswb xmm0, xmm14
;;   @0057: end
;;      6c: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      70: 4889ec                 mov rsp, rbp
;;      73: 5d                     pop rbp
;;      74: c3                     ret
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
;;      75: 0f0b                   ud2
;; wasm[0]::function[2] (shr_u_var): kindling, x86_64-unknown-linux-gnu: 31 instructions, 119 bytes
;;   @0050: (func (;1;) (type 1) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f825a000000           jb 0x75
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 440f28c0               movaps xmm8, xmm0
;;      2a: 89d3                   mov ebx, edx
;;   @005e: i8x16.shr_u
;;      2c: 89de                   mov esi, ebx
;;      2e: 83e607                 and esi, 7
;;      31: 410f28c0               movaps xmm0, xmm8
;;      35: 66450fefff             pxor xmm15, xmm15
;;      3a: 66440f60f8             punpcklbw xmm15, xmm0
;;      3f: 66450feff6             pxor xmm14, xmm14
;;      44: 66440f68f0             punpckhbw xmm14, xmm0
;;      49: 660f6ec6               movd xmm0, esi
;;      4d: 66440fd1f8             psrlw xmm15, xmm0
;;      52: 66440fd1f0             psrlw xmm14, xmm0
;;      57: 66410f71d708           psrlw xmm15, 8
;;      5d: 66410f71d608           psrlw xmm14, 8
;;      63: 410f28c7               movaps xmm0, xmm15
;;      67: 66410f67c6             packuswb xmm0, xmm14
;;   @0060: end
;;      6c: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      70: 4889ec                 mov rsp, rbp
;;      73: 5d                     pop rbp
;;      74: c3                     ret
;;   @0059: (func (;2;) (type 1) (param v128 i32) (result v128)
;;      75: 0f0b                   ud2
