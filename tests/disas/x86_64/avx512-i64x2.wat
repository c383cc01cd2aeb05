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
;; wasm[0]::function[0] (mul): kindling, x86_64-unknown-linux-gnu: 19 instructions, 66 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8225000000           jb 0x40
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @004f: i64x2.mul
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 62f2f50840c8           vpmullq xmm1, xmm1, xmm0
;;   @0052: end
;;      38: 0f28c1                 movaps xmm0, xmm1
;;      3b: 4889ec                 mov rsp, rbp
;;      3e: 5d                     pop rbp
;;      3f: c3                     ret
;;   @004a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      40: 0f0b                   ud2
;; wasm[0]::function[1] (abs): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
;;   @004a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821a000000           jb 0x35
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0057: i64x2.abs
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 62f2fd081fc0           vpabsq xmm0, xmm0
;;   @005a: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @0054: (func (;1;) (type 1) (param v128) (result v128)
;;      35: 0f0b                   ud2
;; wasm[0]::function[2] (shr_s_imm): kindling, x86_64-unknown-linux-gnu: 16 instructions, 56 bytes
;;   @0054: (func (;1;) (type 1) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821b000000           jb 0x36
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0061: i64x2.shr_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 62f1fd0872e007         vpsraq xmm0, xmm0, 7
;;   @0064: end
;;      31: 4889ec                 mov rsp, rbp
;;      34: 5d                     pop rbp
;;      35: c3                     ret
;;   @005c: (func (;2;) (type 1) (param v128) (result v128)
;;      36: 0f0b                   ud2
;; wasm[0]::function[3] (shr_s): kindling, x86_64-unknown-linux-gnu: 22 instructions, 75 bytes
;;   @005c: (func (;2;) (type 1) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822e000000           jb 0x49
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 440f28c0               movaps xmm8, xmm0
;;      2a: 89d3                   mov ebx, edx
;;   @006b: i64x2.shr_s
;;      2c: 89de                   mov esi, ebx
;;      2e: 83e63f                 and esi, 0x3f
;;      31: 410f28c0               movaps xmm0, xmm8
;;      35: 66440f6efe             movd xmm15, esi
;;      3a: 62d1fd08e2c7           vpsraq xmm0, xmm0, xmm15
;;   @006e: end
;;      40: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      44: 4889ec                 mov rsp, rbp
;;      47: 5d                     pop rbp
;;      48: c3                     ret
;;   @0066: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      49: 0f0b                   ud2
