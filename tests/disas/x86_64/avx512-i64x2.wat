;;! set has_avx=true
;;! set has_avx512f=true
;;! set has_avx512vl=true
;;! set has_avx512dq=true
;; With AVX-512 (VL, F, DQ), i64x2 operations have single EVEX instructions, as in
;; Cranelift: vpmullq for mul, vpabsq for abs, vpsraq (immediate and register) for shr_s.
(module
  (func (export "mul") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1)))
  (func (export "abs") (param v128) (result v128) (i64x2.abs (local.get 0)))
  (func (export "shr_s_imm") (param v128) (result v128) (i64x2.shr_s (local.get 0) (i32.const 7)))
  (func (export "shr_s") (param v128 i32) (result v128) (i64x2.shr_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (mul): kindling, x86_64-unknown-linux-gnu: 19 instructions, 106 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8238000000           jb 0x68
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @004f: i64x2.mul
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 62f2f50840c8           vpmullq xmm1, xmm1, xmm0
;;   @0052: end
;;      5e: 400f28c1               movaps xmm0, xmm1
;;      62: 4889ec                 mov rsp, rbp
;;      65: 405d                   pop rbp
;;      67: c3                     ret
;;   @004a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      68: 0f0b                   ud2
;; wasm[0]::function[1] (abs): kindling, x86_64-unknown-linux-gnu: 16 instructions, 82 bytes
;;   @004a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0057: i64x2.abs
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 62f2fd081fc0           vpabsq xmm0, xmm0
;;   @005a: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @0054: (func (;1;) (type 1) (param v128) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[2] (shr_s_imm): kindling, x86_64-unknown-linux-gnu: 16 instructions, 83 bytes
;;   @0054: (func (;1;) (type 1) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8221000000           jb 0x51
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0061: i64x2.shr_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 62f1fd0872e007         vpsraq xmm0, xmm0, 7
;;   @0064: end
;;      4b: 4889ec                 mov rsp, rbp
;;      4e: 405d                   pop rbp
;;      50: c3                     ret
;;   @005c: (func (;2;) (type 1) (param v128) (result v128)
;;      51: 0f0b                   ud2
;; wasm[0]::function[3] (shr_s): kindling, x86_64-unknown-linux-gnu: 20 instructions, 110 bytes
;;   @005c: (func (;2;) (type 1) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823c000000           jb 0x6c
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: 40899425d8ffffff       mov dword ptr [rbp + riz - 0x28], edx
;;   @006b: i64x2.shr_s
;;      42: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      4a: 4081e33f000000         and ebx, 0x3f
;;      51: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      5b: 66440f6efb             movd xmm15, ebx
;;      60: 62d1fd08e2c7           vpsraq xmm0, xmm0, xmm15
;;   @006e: end
;;      66: 4889ec                 mov rsp, rbp
;;      69: 405d                   pop rbp
;;      6b: c3                     ret
;;   @0066: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      6c: 0f0b                   ud2
