;; Unsigned 16-bit lane comparisons (SSE2 has none: x86_64 uses saturating subtraction).
(module
  (func (export "gt_u") (param v128 v128) (result v128) (i16x8.gt_u (local.get 0) (local.get 1)))
  (func (export "ge_u") (param v128 v128) (result v128) (i16x8.ge_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt_u): kindling, x86_64-unknown-linux-gnu: 25 instructions, 93 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8240000000           jb 0x5b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0030: i16x8.gt_u
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 66440fd9f8             psubusw xmm15, xmm0
;;      3b: 66450feff6             pxor xmm14, xmm14
;;      40: 66450f75fe             pcmpeqw xmm15, xmm14
;;      45: 66450f76f6             pcmpeqd xmm14, xmm14
;;      4a: 410f28cf               movaps xmm1, xmm15
;;      4e: 66410fefce             pxor xmm1, xmm14
;;   @0032: end
;;      53: 0f28c1                 movaps xmm0, xmm1
;;      56: 4889ec                 mov rsp, rbp
;;      59: 5d                     pop rbp
;;      5a: c3                     ret
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      5b: 0f0b                   ud2
;; wasm[0]::function[1] (ge_u): kindling, x86_64-unknown-linux-gnu: 23 instructions, 83 bytes
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8236000000           jb 0x51
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0039: i16x8.ge_u
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f8               movaps xmm15, xmm0
;;      36: 66440fd9f9             psubusw xmm15, xmm1
;;      3b: 66450feff6             pxor xmm14, xmm14
;;      40: 410f28ce               movaps xmm1, xmm14
;;      44: 66410f75cf             pcmpeqw xmm1, xmm15
;;   @003b: end
;;      49: 0f28c1                 movaps xmm0, xmm1
;;      4c: 4889ec                 mov rsp, rbp
;;      4f: 5d                     pop rbp
;;      50: c3                     ret
;;   @0034: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      51: 0f0b                   ud2
