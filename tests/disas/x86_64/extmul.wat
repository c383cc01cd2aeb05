;; Extended multiplies: through extension, and through `pmuldq`/`pmuludq` or `smull`/`umull` for 64-bit lanes.
(module
  (func (export "i16_low_s") (param v128 v128) (result v128) (i16x8.extmul_low_i8x16_s (local.get 0) (local.get 1)))
  (func (export "i32_high_u") (param v128 v128) (result v128) (i32x4.extmul_high_i16x8_u (local.get 0) (local.get 1)))
  (func (export "i64_low_s") (param v128 v128) (result v128) (i64x2.extmul_low_i32x4_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i16_low_s): kindling, x86_64-unknown-linux-gnu: 22 instructions, 81 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8234000000           jb 0x4f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0048: i16x8.extmul_low_i8x16_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 66440f3820f9           pmovsxbw xmm15, xmm1
;;      38: 66440f3820f0           pmovsxbw xmm14, xmm0
;;      3e: 410f28cf               movaps xmm1, xmm15
;;      42: 66410fd5ce             pmullw xmm1, xmm14
;;   @004b: end
;;      47: 0f28c1                 movaps xmm0, xmm1
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 5d                     pop rbp
;;      4e: c3                     ret
;;   @0043: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      4f: 0f0b                   ud2
;; wasm[0]::function[1] (i32_high_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 94 bytes
;;   @0043: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8241000000           jb 0x5c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0052: i32x4.extmul_high_i16x8_u
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 66440f70f9ee           pshufd xmm15, xmm1, 0xee
;;      38: 66450f3833ff           pmovzxwd xmm15, xmm15
;;      3e: 66440f70f0ee           pshufd xmm14, xmm0, 0xee
;;      44: 66450f3833f6           pmovzxwd xmm14, xmm14
;;      4a: 410f28cf               movaps xmm1, xmm15
;;      4e: 66410f3840ce           pmulld xmm1, xmm14
;;   @0055: end
;;      54: 0f28c1                 movaps xmm0, xmm1
;;      57: 4889ec                 mov rsp, rbp
;;      5a: 5d                     pop rbp
;;      5b: c3                     ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      5c: 0f0b                   ud2
;; wasm[0]::function[2] (i64_low_s): kindling, x86_64-unknown-linux-gnu: 22 instructions, 82 bytes
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8235000000           jb 0x50
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @005c: i64x2.extmul_low_i32x4_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 66440f70f950           pshufd xmm15, xmm1, 0x50
;;      38: 66440f70f050           pshufd xmm14, xmm0, 0x50
;;      3e: 410f28cf               movaps xmm1, xmm15
;;      42: 66410f3828ce           pmuldq xmm1, xmm14
;;   @005f: end
;;      48: 0f28c1                 movaps xmm0, xmm1
;;      4b: 4889ec                 mov rsp, rbp
;;      4e: 5d                     pop rbp
;;      4f: c3                     ret
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      50: 0f0b                   ud2
