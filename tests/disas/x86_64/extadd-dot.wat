;; Pairwise extended additions and the 16-bit dot product.
(module
  (func (export "add16_s") (param v128) (result v128) (i16x8.extadd_pairwise_i8x16_s (local.get 0)))
  (func (export "add32_u") (param v128) (result v128) (i32x4.extadd_pairwise_i16x8_u (local.get 0)))
  (func (export "dot") (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add16_s): kindling, x86_64-unknown-linux-gnu: 21 instructions, 80 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822c000000           jb 0x4e
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0040: i16x8.extadd_pairwise_i8x16_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 41bb01010101           mov r11d, 0x1010101
;;      30: 66450f6ef3             movd xmm14, r11d
;;      35: 66450f70f600           pshufd xmm14, xmm14, 0
;;      3b: 440f28f8               movaps xmm15, xmm0
;;      3f: 410f28c6               movaps xmm0, xmm14
;;      43: 66410f3804c7           pmaddubsw xmm0, xmm15
;;   @0042: end
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 5d                     pop rbp
;;      4d: c3                     ret
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;      4e: 0f0b                   ud2
;; wasm[0]::function[1] (add32_u): kindling, x86_64-unknown-linux-gnu: 27 instructions, 115 bytes
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f824f000000           jb 0x71
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0047: i32x4.extadd_pairwise_i16x8_u
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 41bb00800080           mov r11d, 0x80008000
;;      30: 66450f6ef3             movd xmm14, r11d
;;      35: 66450f70f600           pshufd xmm14, xmm14, 0
;;      3b: 66410fefc6             pxor xmm0, xmm14
;;      40: 41bb01000100           mov r11d, 0x10001
;;      46: 66450f6ef3             movd xmm14, r11d
;;      4b: 66450f70f600           pshufd xmm14, xmm14, 0
;;      51: 66410ff5c6             pmaddwd xmm0, xmm14
;;      56: 41bb00000100           mov r11d, 0x10000
;;      5c: 66450f6ef3             movd xmm14, r11d
;;      61: 66450f70f600           pshufd xmm14, xmm14, 0
;;      67: 66410ffec6             paddd xmm0, xmm14
;;   @0049: end
;;      6c: 4889ec                 mov rsp, rbp
;;      6f: 5d                     pop rbp
;;      70: c3                     ret
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;      71: 0f0b                   ud2
;; wasm[0]::function[2] (dot): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821c000000           jb 0x3e
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0050: i32x4.dot_i16x8_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660ff5c8               pmaddwd xmm1, xmm0
;;   @0053: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @004b: (func (;2;) (type 1) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
