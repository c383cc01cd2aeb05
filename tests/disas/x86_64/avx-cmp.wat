;;! set has_avx=true
;; With AVX, comparisons: vcmpltps with swapped operands for gt, vpcmpgtd and the
;; inverted swapped compare for ge_s, vpmaxud for ge_u.
(module
  (func (export "f32_gt") (param v128 v128) (result v128) (f32x4.gt (local.get 0) (local.get 1)))
  (func (export "ge_s") (param v128 v128) (result v128) (i32x4.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param v128 v128) (result v128) (i32x4.ge_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_gt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 69 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8221000000           jb 0x43
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @003a: f32x4.gt
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: c5f8c2c901             vcmpltps xmm1, xmm0, xmm1
;;   @003c: end
;;      3b: 0f28c1                 movaps xmm0, xmm1
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @0035: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      43: 0f0b                   ud2
;; wasm[0]::function[1] (ge_s): kindling, x86_64-unknown-linux-gnu: 21 instructions, 78 bytes
;;   @0035: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822a000000           jb 0x4c
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0043: i32x4.ge_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: c57966f9               vpcmpgtd xmm15, xmm0, xmm1
;;      3a: 66450f76f6             pcmpeqd xmm14, xmm14
;;      3f: c4c101efce             vpxor xmm1, xmm15, xmm14
;;   @0045: end
;;      44: 0f28c1                 movaps xmm0, xmm1
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @003e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4c: 0f0b                   ud2
;; wasm[0]::function[2] (ge_u): kindling, x86_64-unknown-linux-gnu: 20 instructions, 74 bytes
;;   @003e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8226000000           jb 0x48
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @004c: i32x4.ge_u
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: c462713ff8             vpmaxud xmm15, xmm1, xmm0
;;      3b: c4c17176cf             vpcmpeqd xmm1, xmm1, xmm15
;;   @004e: end
;;      40: 0f28c1                 movaps xmm0, xmm1
;;      43: 4889ec                 mov rsp, rbp
;;      46: 5d                     pop rbp
;;      47: c3                     ret
;;   @0047: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      48: 0f0b                   ud2
