;;! set has_avx=true
;; With AVX, shifts by a constant are vpsllq dst, src, imm (the destination in VEX.vvvv),
;; by a register vpsrld dst, src, count.
(module
  (func (export "shl") (param v128) (result v128) (i64x2.shl (local.get 0) (i32.const 3)))
  (func (export "shr_u") (param v128 i32) (result v128) (i32x4.shr_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shl): kindling, x86_64-unknown-linux-gnu: 16 instructions, 81 bytes
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
;;   @0035: i64x2.shl
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: c5f973f003             vpsllq xmm0, xmm0, 3
;;   @0038: end
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 405d                   pop rbp
;;      4e: c3                     ret
;;   @0030: (func (;0;) (type 0) (param v128) (result v128)
;;      4f: 0f0b                   ud2
;; wasm[0]::function[1] (shr_u): kindling, x86_64-unknown-linux-gnu: 20 instructions, 109 bytes
;;   @0030: (func (;0;) (type 0) (param v128) (result v128)
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
;;   @003f: i32x4.shr_u
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: 4081e31f000000         and ebx, 0x1f
;;      51: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      5b: 66440f6efb             movd xmm15, ebx
;;      60: c4c179d2c7             vpsrld xmm0, xmm0, xmm15
;;   @0042: end
;;      65: 4889ec                 mov rsp, rbp
;;      68: 405d                   pop rbp
;;      6a: c3                     ret
;;   @003a: (func (;1;) (type 1) (param v128 i32) (result v128)
;;      6b: 0f0b                   ud2
