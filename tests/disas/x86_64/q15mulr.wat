;; `q15mulr_sat_s` (0x8000 * 0x8000 saturates) and its relaxed form.
(module
  (func (export "sat") (param v128 v128) (result v128) (i16x8.q15mulr_sat_s (local.get 0) (local.get 1)))
  (func (export "relaxed") (param v128 v128) (result v128) (i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (sat): kindling, x86_64-unknown-linux-gnu: 24 instructions, 132 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8252000000           jb 0x82
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0032: i16x8.q15mulr_sat_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f380bc8             pmulhrsw xmm1, xmm0
;;      5d: 41bb00800080           mov r11d, 0x80008000
;;      63: 66450f6efb             movd xmm15, r11d
;;      68: 66450f70ff00           pshufd xmm15, xmm15, 0
;;      6e: 66440f75f9             pcmpeqw xmm15, xmm1
;;      73: 66410fefcf             pxor xmm1, xmm15
;;   @0035: end
;;      78: 400f28c1               movaps xmm0, xmm1
;;      7c: 4889ec                 mov rsp, rbp
;;      7f: 405d                   pop rbp
;;      81: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      82: 0f0b                   ud2
;; wasm[0]::function[1] (relaxed): kindling, x86_64-unknown-linux-gnu: 19 instructions, 105 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @003c: i16x8.relaxed_q15mulr_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f380bc8             pmulhrsw xmm1, xmm0
;;   @003f: end
;;      5d: 400f28c1               movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      67: 0f0b                   ud2
