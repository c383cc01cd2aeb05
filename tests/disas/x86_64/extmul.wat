;; Extended multiplies: through extension, and through `pmuldq`/`pmuludq` or `smull`/`umull` for 64-bit lanes.
(module
  (func (export "i16_low_s") (param v128 v128) (result v128) (i16x8.extmul_low_i8x16_s (local.get 0) (local.get 1)))
  (func (export "i32_high_u") (param v128 v128) (result v128) (i32x4.extmul_high_i16x8_u (local.get 0) (local.get 1)))
  (func (export "i64_low_s") (param v128 v128) (result v128) (i64x2.extmul_low_i32x4_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_low_s): kindling, x86_64-unknown-linux-gnu: 22 instructions, 85 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8231000000           jb 0x53
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0048: i16x8.extmul_low_i8x16_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 66440f3820f9           pmovsxbw xmm15, xmm1
;;      3c: 66440f3820f0           pmovsxbw xmm14, xmm0
;;      42: 410f28cf               movaps xmm1, xmm15
;;      46: 66410fd5ce             pmullw xmm1, xmm14
;;   @004b: end
;;      4b: 0f28c1                 movaps xmm0, xmm1
;;      4e: 4889ec                 mov rsp, rbp
;;      51: 5d                     pop rbp
;;      52: c3                     ret
;;   @0043: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      53: 0f0b                   ud2
;; wasm[0]::function[1] (i32_high_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 98 bytes
;;   @0043: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f823e000000           jb 0x60
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0052: i32x4.extmul_high_i16x8_u
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 66440f70f9ee           pshufd xmm15, xmm1, 0xee
;;      3c: 66450f3833ff           pmovzxwd xmm15, xmm15
;;      42: 66440f70f0ee           pshufd xmm14, xmm0, 0xee
;;      48: 66450f3833f6           pmovzxwd xmm14, xmm14
;;      4e: 410f28cf               movaps xmm1, xmm15
;;      52: 66410f3840ce           pmulld xmm1, xmm14
;;   @0055: end
;;      58: 0f28c1                 movaps xmm0, xmm1
;;      5b: 4889ec                 mov rsp, rbp
;;      5e: 5d                     pop rbp
;;      5f: c3                     ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      60: 0f0b                   ud2
;; wasm[0]::function[2] (i64_low_s): kindling, x86_64-unknown-linux-gnu: 22 instructions, 86 bytes
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8232000000           jb 0x54
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @005c: i64x2.extmul_low_i32x4_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 66440f70f950           pshufd xmm15, xmm1, 0x50
;;      3c: 66440f70f050           pshufd xmm14, xmm0, 0x50
;;      42: 410f28cf               movaps xmm1, xmm15
;;      46: 66410f3828ce           pmuldq xmm1, xmm14
;;   @005f: end
;;      4c: 0f28c1                 movaps xmm0, xmm1
;;      4f: 4889ec                 mov rsp, rbp
;;      52: 5d                     pop rbp
;;      53: c3                     ret
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      54: 0f0b                   ud2
