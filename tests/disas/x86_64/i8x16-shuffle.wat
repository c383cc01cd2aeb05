;; `i8x16.shuffle`: an interleave of both operands and a reversal of one.
(module
  (func (export "interleave") (param v128 v128) (result v128) (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "reverse") (param v128 v128) (result v128) (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (interleave): kindling, x86_64-unknown-linux-gnu: 31 instructions, 148 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8277000000           jb 0x92
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0039: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 49bb0080018002800380   movabs r11, 0x8003800280018000
;;      3c: 664d0f6ef3             movq xmm14, r11
;;      41: 49bb0480058006800780   movabs r11, 0x8007800680058004
;;      4b: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      52: 440f28f9               movaps xmm15, xmm1
;;      56: 66450f3800fe           pshufb xmm15, xmm14
;;      5c: 49bb8000800180028003   movabs r11, 0x380028001800080
;;      66: 664d0f6ef3             movq xmm14, r11
;;      6b: 49bb8004800580068007   movabs r11, 0x780068005800480
;;      75: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      7c: 0f28c8                 movaps xmm1, xmm0
;;      7f: 66410f3800ce           pshufb xmm1, xmm14
;;      85: 66410febcf             por xmm1, xmm15
;;   @004b: end
;;      8a: 0f28c1                 movaps xmm0, xmm1
;;      8d: 4889ec                 mov rsp, rbp
;;      90: 5d                     pop rbp
;;      91: c3                     ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      92: 0f0b                   ud2
;; wasm[0]::function[1] (reverse): kindling, x86_64-unknown-linux-gnu: 23 instructions, 98 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8245000000           jb 0x60
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0052: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 49bb0f0e0d0c0b0a0908   movabs r11, 0x8090a0b0c0d0e0f
;;      3c: 664d0f6ef3             movq xmm14, r11
;;      41: 49bb0706050403020100   movabs r11, 0x1020304050607
;;      4b: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      52: 66410f3800ce           pshufb xmm1, xmm14
;;   @0064: end
;;      58: 0f28c1                 movaps xmm0, xmm1
;;      5b: 4889ec                 mov rsp, rbp
;;      5e: 5d                     pop rbp
;;      5f: c3                     ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      60: 0f0b                   ud2
