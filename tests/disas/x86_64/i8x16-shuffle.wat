;; `i8x16.shuffle`: an interleave of both operands and a reversal of one.
(module
  (func (export "interleave") (param v128 v128) (result v128) (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "reverse") (param v128 v128) (result v128) (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (interleave): kindling, x86_64-unknown-linux-gnu: 31 instructions, 152 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8274000000           jb 0x96
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0039: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 49bb0080018002800380   movabs r11, 0x8003800280018000
;;      40: 664d0f6ef3             movq xmm14, r11
;;      45: 49bb0480058006800780   movabs r11, 0x8007800680058004
;;      4f: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      56: 440f28f9               movaps xmm15, xmm1
;;      5a: 66450f3800fe           pshufb xmm15, xmm14
;;      60: 49bb8000800180028003   movabs r11, 0x380028001800080
;;      6a: 664d0f6ef3             movq xmm14, r11
;;      6f: 49bb8004800580068007   movabs r11, 0x780068005800480
;;      79: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      80: 0f28c8                 movaps xmm1, xmm0
;;      83: 66410f3800ce           pshufb xmm1, xmm14
;;      89: 66410febcf             por xmm1, xmm15
;;   @004b: end
;;      8e: 0f28c1                 movaps xmm0, xmm1
;;      91: 4889ec                 mov rsp, rbp
;;      94: 5d                     pop rbp
;;      95: c3                     ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      96: 0f0b                   ud2
;; wasm[0]::function[1] (reverse): kindling, x86_64-unknown-linux-gnu: 23 instructions, 102 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8242000000           jb 0x64
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0052: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 49bb0f0e0d0c0b0a0908   movabs r11, 0x8090a0b0c0d0e0f
;;      40: 664d0f6ef3             movq xmm14, r11
;;      45: 49bb0706050403020100   movabs r11, 0x1020304050607
;;      4f: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      56: 66410f3800ce           pshufb xmm1, xmm14
;;   @0064: end
;;      5c: 0f28c1                 movaps xmm0, xmm1
;;      5f: 4889ec                 mov rsp, rbp
;;      62: 5d                     pop rbp
;;      63: c3                     ret
;;   @004d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      64: 0f0b                   ud2
