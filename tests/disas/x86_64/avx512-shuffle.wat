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
;; wasm[0]::function[0] (both): kindling, x86_64-unknown-linux-gnu: 24 instructions, 102 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8249000000           jb 0x64
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @002f: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 49bb0010011102120313   movabs r11, 0x1303120211011000
;;      3c: 664d0f6ef3             movq xmm14, r11
;;      41: 49bb0414051506160717   movabs r11, 0x1707160615051404
;;      4b: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      52: 6272750875f0           vpermi2b xmm14, xmm1, xmm0
;;      58: 410f28ce               movaps xmm1, xmm14
;;   @0041: end
;;      5c: 0f28c1                 movaps xmm0, xmm1
;;      5f: 4889ec                 mov rsp, rbp
;;      62: 5d                     pop rbp
;;      63: c3                     ret
;;   @002a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      64: 0f0b                   ud2
;; wasm[0]::function[1] (one): kindling, x86_64-unknown-linux-gnu: 23 instructions, 98 bytes
;;   @002a: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0048: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 49bb0f0e0d0c0b0a0908   movabs r11, 0x8090a0b0c0d0e0f
;;      3c: 664d0f6ef3             movq xmm14, r11
;;      41: 49bb0706050403020100   movabs r11, 0x1020304050607
;;      4b: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      52: 66410f3800ce           pshufb xmm1, xmm14
;;   @005a: end
;;      58: 0f28c1                 movaps xmm0, xmm1
;;      5b: 4889ec                 mov rsp, rbp
;;      5e: 5d                     pop rbp
;;      5f: c3                     ret
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      60: 0f0b                   ud2
