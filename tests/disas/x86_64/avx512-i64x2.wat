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
;; wasm[0]::function[0] (mul): kindling, x86_64-unknown-linux-gnu: 19 instructions, 70 bytes
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
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @004f: i64x2.mul
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 62f2f50840c8           vpmullq xmm1, xmm1, xmm0
;;   @0052: end
;;      3c: 0f28c1                 movaps xmm0, xmm1
;;      3f: 4889ec                 mov rsp, rbp
;;      42: 5d                     pop rbp
;;      43: c3                     ret
;;   @004a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      44: 0f0b                   ud2
;; wasm[0]::function[1] (abs): kindling, x86_64-unknown-linux-gnu: 16 instructions, 57 bytes
;;   @004a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8215000000           jb 0x37
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0057: i64x2.abs
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 62f2fd081fc0           vpabsq xmm0, xmm0
;;   @005a: end
;;      32: 4889ec                 mov rsp, rbp
;;      35: 5d                     pop rbp
;;      36: c3                     ret
;;   @0054: (func (;1;) (type 1) (param v128) (result v128)
;;      37: 0f0b                   ud2
;; wasm[0]::function[2] (shr_s_imm): kindling, x86_64-unknown-linux-gnu: 16 instructions, 58 bytes
;;   @0054: (func (;1;) (type 1) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8216000000           jb 0x38
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0061: i64x2.shr_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 62f1fd0872e007         vpsraq xmm0, xmm0, 7
;;   @0064: end
;;      33: 4889ec                 mov rsp, rbp
;;      36: 5d                     pop rbp
;;      37: c3                     ret
;;   @005c: (func (;2;) (type 1) (param v128) (result v128)
;;      38: 0f0b                   ud2
;; wasm[0]::function[3] (shr_s): kindling, x86_64-unknown-linux-gnu: 20 instructions, 71 bytes
;;   @005c: (func (;2;) (type 1) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8223000000           jb 0x45
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: 8955d8                 mov dword ptr [rbp - 0x28], edx
;;   @006b: i64x2.shr_s
;;      2a: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      2d: 83e33f                 and ebx, 0x3f
;;      30: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      35: 66440f6efb             movd xmm15, ebx
;;      3a: 62d1fd08e2c7           vpsraq xmm0, xmm0, xmm15
;;   @006e: end
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0066: (func (;3;) (type 2) (param v128 i32) (result v128)
;;      45: 0f0b                   ud2
