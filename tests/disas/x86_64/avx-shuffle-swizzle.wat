;;! set has_avx=true
;; With AVX (no AVX-512), a two-operand shuffle is two vpshufb and a por; swizzle is
;; vpaddusb then vpshufb.
(module
  (func (export "shuffle") (param v128 v128) (result v128)
    (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shuffle): kindling, x86_64-unknown-linux-gnu: 29 instructions, 179 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8281000000           jb 0xb1
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0036: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 49bb0080018002800380   movabs r11, 0x8003800280018000
;;      62: 664d0f6ef3             movq xmm14, r11
;;      67: 49bb0480058006800780   movabs r11, 0x8007800680058004
;;      71: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      78: c4427100fe             vpshufb xmm15, xmm1, xmm14
;;      7d: 49bb8000800180028003   movabs r11, 0x380028001800080
;;      87: 664d0f6ef3             movq xmm14, r11
;;      8c: 49bb8004800580068007   movabs r11, 0x780068005800480
;;      96: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      9d: c4c27900ce             vpshufb xmm1, xmm0, xmm14
;;      a2: 66410febcf             por xmm1, xmm15
;;   @0048: end
;;      a7: 400f28c1               movaps xmm0, xmm1
;;      ab: 4889ec                 mov rsp, rbp
;;      ae: 405d                   pop rbp
;;      b0: c3                     ret
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      b1: 0f0b                   ud2
;; wasm[0]::function[1] (swizzle): kindling, x86_64-unknown-linux-gnu: 23 instructions, 127 bytes
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824d000000           jb 0x7d
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @004f: i8x16.swizzle
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 41bb70707070           mov r11d, 0x70707070
;;      5e: 66450f6ef3             movd xmm14, r11d
;;      63: 66450f70f600           pshufd xmm14, xmm14, 0
;;      69: 66440fdcf0             paddusb xmm14, xmm0
;;      6e: c4c27100ce             vpshufb xmm1, xmm1, xmm14
;;   @0051: end
;;      73: 400f28c1               movaps xmm0, xmm1
;;      77: 4889ec                 mov rsp, rbp
;;      7a: 405d                   pop rbp
;;      7c: c3                     ret
;;   @004a: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      7d: 0f0b                   ud2
