;; Unsigned 32-bit lane comparisons (x86_64: SSE4.1's pmaxud/pminud, then pcmpeqd).
(module
  (func (export "gt_u") (param v128 v128) (result v128) (i32x4.gt_u (local.get 0) (local.get 1)))
  (func (export "le_u") (param v128 v128) (result v128) (i32x4.le_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 89 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f823c000000           jb 0x57
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0030: i32x4.gt_u
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 66440f383bf8           pminud xmm15, xmm0
;;      3c: 66440f76f9             pcmpeqd xmm15, xmm1
;;      41: 66450f76f6             pcmpeqd xmm14, xmm14
;;      46: 410f28cf               movaps xmm1, xmm15
;;      4a: 66410fefce             pxor xmm1, xmm14
;;   @0032: end
;;      4f: 0f28c1                 movaps xmm0, xmm1
;;      52: 4889ec                 mov rsp, rbp
;;      55: 5d                     pop rbp
;;      56: c3                     ret
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      57: 0f0b                   ud2
;; wasm[0]::function[1] (le_u): kindling, x86_64-unknown-linux-gnu: 22 instructions, 78 bytes
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8231000000           jb 0x4c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0039: i32x4.le_u
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f8               movaps xmm15, xmm0
;;      36: 66440f383ff9           pmaxud xmm15, xmm1
;;      3c: 0f28c8                 movaps xmm1, xmm0
;;      3f: 66410f76cf             pcmpeqd xmm1, xmm15
;;   @003b: end
;;      44: 0f28c1                 movaps xmm0, xmm1
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @0034: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4c: 0f0b                   ud2
