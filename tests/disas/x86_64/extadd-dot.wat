;; Pairwise extended additions and the 16-bit dot product.
(module
  (func (export "add16_s") (param v128) (result v128) (i16x8.extadd_pairwise_i8x16_s (local.get 0)))
  (func (export "add32_u") (param v128) (result v128) (i32x4.extadd_pairwise_i16x8_u (local.get 0)))
  (func (export "dot") (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add16_s): kindling, x86_64-unknown-linux-gnu: 21 instructions, 82 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822e000000           jb 0x50
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0040: i16x8.extadd_pairwise_i8x16_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 41bb01010101           mov r11d, 0x1010101
;;      32: 66450f6ef3             movd xmm14, r11d
;;      37: 66450f70f600           pshufd xmm14, xmm14, 0
;;      3d: 440f28f8               movaps xmm15, xmm0
;;      41: 410f28c6               movaps xmm0, xmm14
;;      45: 66410f3804c7           pmaddubsw xmm0, xmm15
;;   @0042: end
;;      4b: 4889ec                 mov rsp, rbp
;;      4e: 5d                     pop rbp
;;      4f: c3                     ret
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[1] (add32_u): kindling, x86_64-unknown-linux-gnu: 27 instructions, 117 bytes
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8251000000           jb 0x73
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0047: i32x4.extadd_pairwise_i16x8_u
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 41bb00800080           mov r11d, 0x80008000
;;      32: 66450f6ef3             movd xmm14, r11d
;;      37: 66450f70f600           pshufd xmm14, xmm14, 0
;;      3d: 66410fefc6             pxor xmm0, xmm14
;;      42: 41bb01000100           mov r11d, 0x10001
;;      48: 66450f6ef3             movd xmm14, r11d
;;      4d: 66450f70f600           pshufd xmm14, xmm14, 0
;;      53: 66410ff5c6             pmaddwd xmm0, xmm14
;;      58: 41bb00000100           mov r11d, 0x10000
;;      5e: 66450f6ef3             movd xmm14, r11d
;;      63: 66450f70f600           pshufd xmm14, xmm14, 0
;;      69: 66410ffec6             paddd xmm0, xmm14
;;   @0049: end
;;      6e: 4889ec                 mov rsp, rbp
;;      71: 5d                     pop rbp
;;      72: c3                     ret
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;      73: 0f0b                   ud2
;; wasm[0]::function[2] (dot): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8220000000           jb 0x42
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0050: i32x4.dot_i16x8_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660ff5c8               pmaddwd xmm1, xmm0
;;   @0053: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @004b: (func (;2;) (type 1) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
