;; `i8x16.swizzle` (out-of-range indices give 0) and the relaxed swizzle.
(module
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))
  (func (export "relaxed") (param v128 v128) (result v128) (i8x16.relaxed_swizzle (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (swizzle): kindling, x86_64-unknown-linux-gnu: 23 instructions, 128 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824e000000           jb 0x7e
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0036: i8x16.swizzle
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 41bb70707070           mov r11d, 0x70707070
;;      5e: 66450f6ef3             movd xmm14, r11d
;;      63: 66450f70f600           pshufd xmm14, xmm14, 0
;;      69: 66440fdcf0             paddusb xmm14, xmm0
;;      6e: 66410f3800ce           pshufb xmm1, xmm14
;;   @0038: end
;;      74: 400f28c1               movaps xmm0, xmm1
;;      78: 4889ec                 mov rsp, rbp
;;      7b: 405d                   pop rbp
;;      7d: c3                     ret
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      7e: 0f0b                   ud2
;; wasm[0]::function[1] (relaxed): kindling, x86_64-unknown-linux-gnu: 19 instructions, 105 bytes
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8237000000           jb 0x67
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @003f: i8x16.relaxed_swizzle
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f3800c8             pshufb xmm1, xmm0
;;   @0042: end
;;      5d: 400f28c1               movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @003a: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      67: 0f0b                   ud2
