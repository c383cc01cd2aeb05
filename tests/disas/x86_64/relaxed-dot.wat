;; Relaxed 8-bit dot products.
(module
  (func (export "dot") (param v128 v128) (result v128) (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128) (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (dot): kindling, x86_64-unknown-linux-gnu: 21 instructions, 114 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8240000000           jb 0x70
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0039: i16x8.relaxed_dot_i8x16_i7x16_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 400f28c8               movaps xmm1, xmm0
;;      60: 66410f3804cf           pmaddubsw xmm1, xmm15
;;   @003c: end
;;      66: 400f28c1               movaps xmm0, xmm1
;;      6a: 4889ec                 mov rsp, rbp
;;      6d: 405d                   pop rbp
;;      6f: c3                     ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      70: 0f0b                   ud2
;; wasm[0]::function[1] (dot_add): kindling, x86_64-unknown-linux-gnu: 28 instructions, 160 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec70000000         sub rsp, 0x70
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f826e000000           jb 0x9e
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;   @0045: i32x4.relaxed_dot_i8x16_i7x16_add_s
;;      4e: f3400f6f8425c0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x40]
;;      58: f3400f6f8c25d0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x30]
;;      62: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      6c: 440f28f1               movaps xmm14, xmm1
;;      70: 66440f3804f2           pmaddubsw xmm14, xmm2
;;      76: 41bb01000100           mov r11d, 0x10001
;;      7c: 66450f6efb             movd xmm15, r11d
;;      81: 66450f70ff00           pshufd xmm15, xmm15, 0
;;      87: 66450ff5f7             pmaddwd xmm14, xmm15
;;      8c: 410f28d6               movaps xmm2, xmm14
;;      90: 660ffed0               paddd xmm2, xmm0
;;   @0048: end
;;      94: 400f28c2               movaps xmm0, xmm2
;;      98: 4889ec                 mov rsp, rbp
;;      9b: 405d                   pop rbp
;;      9d: c3                     ret
;;   @003e: (func (;1;) (type 1) (param v128 v128 v128) (result v128)
;;      9e: 0f0b                   ud2
