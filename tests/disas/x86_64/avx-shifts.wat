;;! set has_avx=true
;; With AVX, shifts by a constant are vpsllq dst, src, imm (the destination in VEX.vvvv),
;; by a register vpsrld dst, src, count.
(module
  (func (export "shl") (param v128) (result v128) (i64x2.shl (local.get 0) (i32.const 3)))
  (func (export "shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl): kindling, x86_64-unknown-linux-gnu: 16 instructions, 56 bytes
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
;;   @0035: i64x2.shl
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: c5f973f003             vpsllq xmm0, xmm0, 3
;;   @0038: end
;;      31: 4889ec                 mov rsp, rbp
;;      34: 5d                     pop rbp
;;      35: c3                     ret
;;   @0030: (func (;0;) (type 0) (param v128) (result v128)
;;      36: 0f0b                   ud2
;; wasm[0]::function[1] (shr_u): kindling, x86_64-unknown-linux-gnu: 20 instructions, 70 bytes
;;   @0030: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @003f: i32x4.shr_u
;;      2a: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      2d: 83e31f                 and ebx, 0x1f
;;      30: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      35: 66440f6efb             movd xmm15, ebx
;;      3a: c4c179d2c7             vpsrld xmm0, xmm0, xmm15
;;   @0042: end
;;      3f: 4889ec                 mov rsp, rbp
;;      42: 5d                     pop rbp
;;      43: c3                     ret
;;   @003a: (func (;1;) (type 1) (param v128 i32) (result v128)
;;      44: 0f0b                   ud2
