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
;; wasm[0]::function[0] (both): kindling, x86_64-unknown-linux-gnu: 24 instructions, 106 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8246000000           jb 0x68
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @002f: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 49bb0010011102120313   movabs r11, 0x1303120211011000
;;      40: 664d0f6ef3             movq xmm14, r11
;;      45: 49bb0414051506160717   movabs r11, 0x1707160615051404
;;      4f: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      56: 6272750875f0           vpermi2b xmm14, xmm1, xmm0
;;      5c: 410f28ce               movaps xmm1, xmm14
;;   @0041: end
;;      60: 0f28c1                 movaps xmm0, xmm1
;;      63: 4889ec                 mov rsp, rbp
;;      66: 5d                     pop rbp
;;      67: c3                     ret
;;   @002a: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      68: 0f0b                   ud2
;; wasm[0]::function[1] (one): kindling, x86_64-unknown-linux-gnu: 23 instructions, 102 bytes
;;   @002a: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0048: i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 49bb0f0e0d0c0b0a0908   movabs r11, 0x8090a0b0c0d0e0f
;;      40: 664d0f6ef3             movq xmm14, r11
;;      45: 49bb0706050403020100   movabs r11, 0x1020304050607
;;      4f: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      56: 66410f3800ce           pshufb xmm1, xmm14
;;   @005a: end
;;      5c: 0f28c1                 movaps xmm0, xmm1
;;      5f: 4889ec                 mov rsp, rbp
;;      62: 5d                     pop rbp
;;      63: c3                     ret
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      64: 0f0b                   ud2
