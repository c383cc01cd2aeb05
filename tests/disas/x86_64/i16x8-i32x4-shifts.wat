;; 16- and 32-bit lane shifts by constants and registers.
(module
  (func (export "i16_shl") (param v128 i32) (result v128) (i16x8.shl (local.get 0) (local.get 1)))
  (func (export "i16_shr_s") (param v128) (result v128) (i16x8.shr_s (local.get 0) (i32.const 17)))
  (func (export "i32_shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1)))
  (func (export "i32_shl") (param v128) (result v128) (i32x4.shl (local.get 0) (i32.const 31))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_shl): kindling, x86_64-unknown-linux-gnu: 20 instructions, 70 bytes
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
;;   @0055: i16x8.shl
;;      2a: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      2d: 83e30f                 and ebx, 0xf
;;      30: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      35: 66440f6efb             movd xmm15, ebx
;;      3a: 66410ff1c7             psllw xmm0, xmm15
;;   @0058: end
;;      3f: 4889ec                 mov rsp, rbp
;;      42: 5d                     pop rbp
;;      43: c3                     ret
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;      44: 0f0b                   ud2
;; wasm[0]::function[1] (i16_shr_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 56 bytes
;;   @0050: (func (;0;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8214000000           jb 0x36
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @005f: i16x8.shr_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f71e001             psraw xmm0, 1
;;   @0062: end
;;      31: 4889ec                 mov rsp, rbp
;;      34: 5d                     pop rbp
;;      35: c3                     ret
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
;;      36: 0f0b                   ud2
;; wasm[0]::function[2] (i32_shr_u): kindling, x86_64-unknown-linux-gnu: 20 instructions, 70 bytes
;;   @005a: (func (;1;) (type 1) (param v128) (result v128)
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
;;   @0069: i32x4.shr_u
;;      2a: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      2d: 83e31f                 and ebx, 0x1f
;;      30: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      35: 66440f6efb             movd xmm15, ebx
;;      3a: 66410fd2c7             psrld xmm0, xmm15
;;   @006c: end
;;      3f: 4889ec                 mov rsp, rbp
;;      42: 5d                     pop rbp
;;      43: c3                     ret
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;      44: 0f0b                   ud2
;; wasm[0]::function[3] (i32_shl): kindling, x86_64-unknown-linux-gnu: 16 instructions, 56 bytes
;;   @0064: (func (;2;) (type 0) (param v128 i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8214000000           jb 0x36
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0073: i32x4.shl
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f72f01f             pslld xmm0, 0x1f
;;   @0076: end
;;      31: 4889ec                 mov rsp, rbp
;;      34: 5d                     pop rbp
;;      35: c3                     ret
;;   @006e: (func (;3;) (type 1) (param v128) (result v128)
;;      36: 0f0b                   ud2
