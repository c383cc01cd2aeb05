;; Signed lane comparisons: `>` directly, `<` swapped, `>=` and `!=` inverted.
(module
  (func (export "gt") (param v128 v128) (result v128) (i8x16.gt_s (local.get 0) (local.get 1)))
  (func (export "lt") (param v128 v128) (result v128) (i8x16.lt_s (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (i8x16.ge_s (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (i8x16.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 104 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8236000000           jb 0x66
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0038: i8x16.gt_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f64c8               pcmpgtb xmm1, xmm0
;;   @003a: end
;;      5c: 400f28c1               movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
;; wasm[0]::function[1] (lt): kindling, x86_64-unknown-linux-gnu: 21 instructions, 113 bytes
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823f000000           jb 0x6f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0041: i8x16.lt_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 400f28c8               movaps xmm1, xmm0
;;      60: 66410f64cf             pcmpgtb xmm1, xmm15
;;   @0043: end
;;      65: 400f28c1               movaps xmm0, xmm1
;;      69: 4889ec                 mov rsp, rbp
;;      6c: 405d                   pop rbp
;;      6e: c3                     ret
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      6f: 0f0b                   ud2
;; wasm[0]::function[2] (ge): kindling, x86_64-unknown-linux-gnu: 23 instructions, 123 bytes
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8249000000           jb 0x79
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @004a: i8x16.ge_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f8               movaps xmm15, xmm0
;;      5c: 66440f64f9             pcmpgtb xmm15, xmm1
;;      61: 66450f76f6             pcmpeqd xmm14, xmm14
;;      66: 410f28cf               movaps xmm1, xmm15
;;      6a: 66410fefce             pxor xmm1, xmm14
;;   @004c: end
;;      6f: 400f28c1               movaps xmm0, xmm1
;;      73: 4889ec                 mov rsp, rbp
;;      76: 405d                   pop rbp
;;      78: c3                     ret
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      79: 0f0b                   ud2
;; wasm[0]::function[3] (ne): kindling, x86_64-unknown-linux-gnu: 23 instructions, 126 bytes
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824c000000           jb 0x7c
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0053: i8x16.ne
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f74c8               pcmpeqb xmm1, xmm0
;;      5c: 49c7c3ffffffff         mov r11, 0xffffffffffffffff
;;      63: 66490f6ec3             movq xmm0, r11
;;      68: 66400f70c044           pshufd xmm0, xmm0, 0x44
;;      6e: 660fefc8               pxor xmm1, xmm0
;;   @0055: end
;;      72: 400f28c1               movaps xmm0, xmm1
;;      76: 4889ec                 mov rsp, rbp
;;      79: 405d                   pop rbp
;;      7b: c3                     ret
;;   @004e: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      7c: 0f0b                   ud2
