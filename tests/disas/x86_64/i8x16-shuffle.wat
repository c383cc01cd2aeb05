;; `i8x16.shuffle`: an interleave of both operands and a reversal of one.
(module
  (func (export "interleave") (param v128 v128) (result v128) (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "reverse") (param v128 v128) (result v128) (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (interleave): kindling, x86_64-unknown-linux-gnu: 31 instructions, 189 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f828b000000           jb 0xbb
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0039: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 49bb0080018002800380   movabs r11, 0x8003800280018000
;;      62: 664d0f6ef3             movq xmm14, r11
;;      67: 49bb0480058006800780   movabs r11, 0x8007800680058004
;;      71: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      78: 440f28f9               movaps xmm15, xmm1
;;      7c: 66450f3800fe           pshufb xmm15, xmm14
;;      82: 49bb8000800180028003   movabs r11, 0x380028001800080
;;      8c: 664d0f6ef3             movq xmm14, r11
;;      91: 49bb8004800580068007   movabs r11, 0x780068005800480
;;      9b: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      a2: 400f28c8               movaps xmm1, xmm0
;;      a6: 66410f3800ce           pshufb xmm1, xmm14
;;      ac: 66410febcf             por xmm1, xmm15
;;   @004b: end
;;      b1: 400f28c1               movaps xmm0, xmm1
;;      b5: 4889ec                 mov rsp, rbp
;;      b8: 405d                   pop rbp
;;      ba: c3                     ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      bb: 0f0b                   ud2
;; wasm[0]::function[1] (reverse): kindling, x86_64-unknown-linux-gnu: 23 instructions, 138 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8258000000           jb 0x88
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0052: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 49bb0f0e0d0c0b0a0908   movabs r11, 0x8090a0b0c0d0e0f
;;      62: 664d0f6ef3             movq xmm14, r11
;;      67: 49bb0706050403020100   movabs r11, 0x1020304050607
;;      71: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      78: 66410f3800ce           pshufb xmm1, xmm14
;;   @0064: end
;;      7e: 400f28c1               movaps xmm0, xmm1
;;      82: 4889ec                 mov rsp, rbp
;;      85: 405d                   pop rbp
;;      87: c3                     ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      88: 0f0b                   ud2
