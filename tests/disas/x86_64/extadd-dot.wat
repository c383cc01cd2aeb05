;; Pairwise extended additions and the 16-bit dot product.
(module
  (func (export "add16_s") (param v128) (result v128) (i16x8.extadd_pairwise_i8x16_s (local.get 0)))
  (func (export "add32_u") (param v128) (result v128) (i32x4.extadd_pairwise_i16x8_u (local.get 0)))
  (func (export "dot") (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add16_s): kindling, x86_64-unknown-linux-gnu: 21 instructions, 107 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8239000000           jb 0x69
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0040: i16x8.extadd_pairwise_i8x16_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 41bb01010101           mov r11d, 0x1010101
;;      4a: 66450f6ef3             movd xmm14, r11d
;;      4f: 66450f70f600           pshufd xmm14, xmm14, 0
;;      55: 440f28f8               movaps xmm15, xmm0
;;      59: 410f28c6               movaps xmm0, xmm14
;;      5d: 66410f3804c7           pmaddubsw xmm0, xmm15
;;   @0042: end
;;      63: 4889ec                 mov rsp, rbp
;;      66: 405d                   pop rbp
;;      68: c3                     ret
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;      69: 0f0b                   ud2
;; wasm[0]::function[1] (add32_u): kindling, x86_64-unknown-linux-gnu: 27 instructions, 142 bytes
;;   @003d: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825c000000           jb 0x8c
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0047: i32x4.extadd_pairwise_i16x8_u
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 41bb00800080           mov r11d, 0x80008000
;;      4a: 66450f6ef3             movd xmm14, r11d
;;      4f: 66450f70f600           pshufd xmm14, xmm14, 0
;;      55: 66410fefc6             pxor xmm0, xmm14
;;      5a: 41bb01000100           mov r11d, 0x10001
;;      60: 66450f6ef3             movd xmm14, r11d
;;      65: 66450f70f600           pshufd xmm14, xmm14, 0
;;      6b: 66410ff5c6             pmaddwd xmm0, xmm14
;;      70: 41bb00000100           mov r11d, 0x10000
;;      76: 66450f6ef3             movd xmm14, r11d
;;      7b: 66450f70f600           pshufd xmm14, xmm14, 0
;;      81: 66410ffec6             paddd xmm0, xmm14
;;   @0049: end
;;      86: 4889ec                 mov rsp, rbp
;;      89: 405d                   pop rbp
;;      8b: c3                     ret
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;      8c: 0f0b                   ud2
;; wasm[0]::function[2] (dot): kindling, x86_64-unknown-linux-gnu: 19 instructions, 104 bytes
;;   @0044: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8236000000           jb 0x66
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0050: i32x4.dot_i16x8_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660ff5c8               pmaddwd xmm1, xmm0
;;   @0053: end
;;      5c: 400f28c1               movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @004b: (func (;2;) (type 1) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
