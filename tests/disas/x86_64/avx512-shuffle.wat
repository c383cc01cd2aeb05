;;! set has_avx512vl=true
;;! set has_avx512vbmi=true
;; With AVX-512 VBMI, a shuffle taking lanes from both operands is one vpermi2b over
;; the index constant; one taking lanes from one operand stays a pshufb.
(module
  (func (export "both") (param v128 v128) (result v128)
    (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "one") (param v128 v128) (result v128)
    (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (both): kindling, x86_64-unknown-linux-gnu: 24 instructions, 142 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825c000000           jb 0x8c
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @002f: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 49bb0010011102120313   movabs r11, 0x1303120211011000
;;      62: 664d0f6ef3             movq xmm14, r11
;;      67: 49bb0414051506160717   movabs r11, 0x1707160615051404
;;      71: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      78: 6272750875f0           vpermi2b xmm14, xmm1, xmm0
;;      7e: 410f28ce               movaps xmm1, xmm14
;;   @0041: end
;;      82: 400f28c1               movaps xmm0, xmm1
;;      86: 4889ec                 mov rsp, rbp
;;      89: 405d                   pop rbp
;;      8b: c3                     ret
;;   @002a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      8c: 0f0b                   ud2
;; wasm[0]::function[1] (one): kindling, x86_64-unknown-linux-gnu: 23 instructions, 138 bytes
;;   @002a: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0048: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 49bb0f0e0d0c0b0a0908   movabs r11, 0x8090a0b0c0d0e0f
;;      62: 664d0f6ef3             movq xmm14, r11
;;      67: 49bb0706050403020100   movabs r11, 0x1020304050607
;;      71: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      78: 66410f3800ce           pshufb xmm1, xmm14
;;   @005a: end
;;      7e: 400f28c1               movaps xmm0, xmm1
;;      82: 4889ec                 mov rsp, rbp
;;      85: 405d                   pop rbp
;;      87: c3                     ret
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      88: 0f0b                   ud2
