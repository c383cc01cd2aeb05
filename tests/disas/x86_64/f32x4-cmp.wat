;; Float lane comparisons: false on NaN lanes, except `ne`, which is an inverted `eq`.
(module
  (func (export "lt") (param v128 v128) (result v128) (f32x4.lt (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (f64x2.ge (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (f32x4.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (lt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 105 bytes
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
;;   @0032: f32x4.lt
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 400fc2c801             cmpltps xmm1, xmm0
;;   @0034: end
;;      5d: 400f28c1               movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      67: 0f0b                   ud2
;; wasm[0]::function[1] (ge): kindling, x86_64-unknown-linux-gnu: 21 instructions, 114 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8240000000           jb 0x70
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @003b: f64x2.ge
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f8               movaps xmm15, xmm0
;;      5c: 66440fc2f902           cmplepd xmm15, xmm1
;;      62: 410f28cf               movaps xmm1, xmm15
;;   @003d: end
;;      66: 400f28c1               movaps xmm0, xmm1
;;      6a: 4889ec                 mov rsp, rbp
;;      6d: 405d                   pop rbp
;;      6f: c3                     ret
;;   @0036: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      70: 0f0b                   ud2
;; wasm[0]::function[2] (ne): kindling, x86_64-unknown-linux-gnu: 23 instructions, 127 bytes
;;   @0036: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @0044: f32x4.ne
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 400fc2c800             cmpeqps xmm1, xmm0
;;      5d: 49c7c3ffffffff         mov r11, 0xffffffffffffffff
;;      64: 66490f6ec3             movq xmm0, r11
;;      69: 66400f70c044           pshufd xmm0, xmm0, 0x44
;;      6f: 660fefc8               pxor xmm1, xmm0
;;   @0046: end
;;      73: 400f28c1               movaps xmm0, xmm1
;;      77: 4889ec                 mov rsp, rbp
;;      7a: 405d                   pop rbp
;;      7c: c3                     ret
;;   @003f: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      7d: 0f0b                   ud2
