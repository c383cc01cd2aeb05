;; Relaxed 8-bit dot products.
(module
  (func (export "dot") (param v128 v128) (result v128) (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128) (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (dot): kindling, x86_64-unknown-linux-gnu: 21 instructions, 77 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8229000000           jb 0x4b
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0039: i16x8.relaxed_dot_i8x16_i7x16_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 0f28c8                 movaps xmm1, xmm0
;;      3d: 66410f3804cf           pmaddubsw xmm1, xmm15
;;   @003c: end
;;      43: 0f28c1                 movaps xmm0, xmm1
;;      46: 4889ec                 mov rsp, rbp
;;      49: 5d                     pop rbp
;;      4a: c3                     ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      4b: 0f0b                   ud2
;; wasm[0]::function[1] (dot_add): kindling, x86_64-unknown-linux-gnu: 28 instructions, 114 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f824e000000           jb 0x70
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;      2c: f30f7f55c0             movdqu xmmword ptr [rbp - 0x40], xmm2
;;   @0045: i32x4.relaxed_dot_i8x16_i7x16_add_s
;;      31: f30f6f45c0             movdqu xmm0, xmmword ptr [rbp - 0x40]
;;      36: f30f6f4dd0             movdqu xmm1, xmmword ptr [rbp - 0x30]
;;      3b: f30f6f55e0             movdqu xmm2, xmmword ptr [rbp - 0x20]
;;      40: 440f28f1               movaps xmm14, xmm1
;;      44: 66440f3804f2           pmaddubsw xmm14, xmm2
;;      4a: 41bb01000100           mov r11d, 0x10001
;;      50: 66450f6efb             movd xmm15, r11d
;;      55: 66450f70ff00           pshufd xmm15, xmm15, 0
;;      5b: 66450ff5f7             pmaddwd xmm14, xmm15
;;      60: 410f28d6               movaps xmm2, xmm14
;;      64: 660ffed0               paddd xmm2, xmm0
;;   @0048: end
;;      68: 0f28c2                 movaps xmm0, xmm2
;;      6b: 4889ec                 mov rsp, rbp
;;      6e: 5d                     pop rbp
;;      6f: c3                     ret
;;   @003e: (func (;1;) (type 1) (param v128 v128 v128) (result v128)
;;      70: 0f0b                   ud2
