;; 16- and 32-bit lane shifts by constants and registers.
(module
  (func (export "i16_shl") (param v128 i32) (result v128) (i16x8.shl (local.get 0) (local.get 1)))
  (func (export "i16_shr_s") (param v128) (result v128) (i16x8.shr_s (local.get 0) (i32.const 17)))
  (func (export "i32_shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1)))
  (func (export "i32_shl") (param v128) (result v128) (i32x4.shl (local.get 0) (i32.const 31))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_shl): kindling, x86_64-unknown-linux-gnu: 22 instructions, 74 bytes
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
;;   @0055: i16x8.shl
;;      2c: 89de                   mov esi, ebx
;;      2e: 83e60f                 and esi, 0xf
;;      31: 410f28c0               movaps xmm0, xmm8
;;      35: 66440f6efe             movd xmm15, esi
;;      3a: 66410ff1c7             psllw xmm0, xmm15
;;   @0058: end
;;      3f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      43: 4889ec                 mov rsp, rbp
;;      46: 5d                     pop rbp
;;      47: c3                     ret
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      48: 0f0b                   ud2
;; wasm[0]::function[1] (i16_shr_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 54 bytes
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8219000000           jb 0x34
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @005f: i16x8.shr_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f71e001             psraw xmm0, 1
;;   @0062: end
;;      2f: 4889ec                 mov rsp, rbp
;;      32: 5d                     pop rbp
;;      33: c3                     ret
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
;;      34: 0f0b                   ud2
;; wasm[0]::function[2] (i32_shr_u): kindling, x86_64-unknown-linux-gnu: 22 instructions, 74 bytes
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
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
;;   @0069: i32x4.shr_u
;;      2c: 89de                   mov esi, ebx
;;      2e: 83e61f                 and esi, 0x1f
;;      31: 410f28c0               movaps xmm0, xmm8
;;      35: 66440f6efe             movd xmm15, esi
;;      3a: 66410fd2c7             psrld xmm0, xmm15
;;   @006c: end
;;      3f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      43: 4889ec                 mov rsp, rbp
;;      46: 5d                     pop rbp
;;      47: c3                     ret
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;      48: 0f0b                   ud2
;; wasm[0]::function[3] (i32_shl): kindling, x86_64-unknown-linux-gnu: 16 instructions, 54 bytes
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8219000000           jb 0x34
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0073: i32x4.shl
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f72f01f             pslld xmm0, 0x1f
;;   @0076: end
;;      2f: 4889ec                 mov rsp, rbp
;;      32: 5d                     pop rbp
;;      33: c3                     ret
;;   @006e: (func (;3;) (type 1) (param v128) (result v128)
;;      34: 0f0b                   ud2
