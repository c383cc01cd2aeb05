;; 64-bit lane comparisons (x86_64: pcmpeqq needs SSE4.1, pcmpgtq SSE4.2).
(module
  (func (export "eq") (param v128 v128) (result v128) (i64x2.eq (local.get 0) (local.get 1)))
  (func (export "lt") (param v128 v128) (result v128) (i64x2.lt_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (eq): kindling, x86_64-unknown-linux-gnu: 19 instructions, 69 bytes
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
;;   @002c: i64x2.eq
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660f3829c8             pcmpeqq xmm1, xmm0
;;   @002f: end
;;      3b: 0f28c1                 movaps xmm0, xmm1
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @0027: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      43: 0f0b                   ud2
;; wasm[0]::function[1] (lt): kindling, x86_64-unknown-linux-gnu: 21 instructions, 77 bytes
;;   @0027: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8229000000           jb 0x4b
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0036: i64x2.lt_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 0f28c8                 movaps xmm1, xmm0
;;      3d: 66410f3837cf           pcmpgtq xmm1, xmm15
;;   @0039: end
;;      43: 0f28c1                 movaps xmm0, xmm1
;;      46: 4889ec                 mov rsp, rbp
;;      49: 5d                     pop rbp
;;      4a: c3                     ret
;;   @0031: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4b: 0f0b                   ud2
