;;! set has_avx=true
;; With AVX, comparisons: vcmpltps with swapped operands for gt, vpcmpgtd and the
;; inverted swapped compare for ge_s, vpmaxud for ge_u.
(module
  (func (export "f32_gt") (param v128 v128) (result v128) (f32x4.gt (local.get 0) (local.get 1)))
  (func (export "ge_s") (param v128 v128) (result v128) (i32x4.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param v128 v128) (result v128) (i32x4.ge_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_gt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8224000000           jb 0x3f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @003a: f32x4.gt
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: c5f8c2c901             vcmpltps xmm1, xmm0, xmm1
;;   @003c: end
;;      37: 0f28c1                 movaps xmm0, xmm1
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @0035: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      3f: 0f0b                   ud2
;; wasm[0]::function[1] (ge_s): kindling, x86_64-unknown-linux-gnu: 21 instructions, 74 bytes
;;   @0035: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822d000000           jb 0x48
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0043: i32x4.ge_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: c57966f9               vpcmpgtd xmm15, xmm0, xmm1
;;      36: 66450f76f6             pcmpeqd xmm14, xmm14
;;      3b: c4c101efce             vpxor xmm1, xmm15, xmm14
;;   @0045: end
;;      40: 0f28c1                 movaps xmm0, xmm1
;;      43: 4889ec                 mov rsp, rbp
;;      46: 5d                     pop rbp
;;      47: c3                     ret
;;   @003e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      48: 0f0b                   ud2
;; wasm[0]::function[2] (ge_u): kindling, x86_64-unknown-linux-gnu: 20 instructions, 70 bytes
;;   @003e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8229000000           jb 0x44
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @004c: i32x4.ge_u
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: c462713ff8             vpmaxud xmm15, xmm1, xmm0
;;      37: c4c17176cf             vpcmpeqd xmm1, xmm1, xmm15
;;   @004e: end
;;      3c: 0f28c1                 movaps xmm0, xmm1
;;      3f: 4889ec                 mov rsp, rbp
;;      42: 5d                     pop rbp
;;      43: c3                     ret
;;   @0047: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      44: 0f0b                   ud2
