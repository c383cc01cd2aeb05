;; wasm `min`/`max` on f64 lanes.
(module
  (func (export "min") (param v128 v128) (result v128) (f64x2.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.max (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 28 instructions, 146 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8260000000           jb 0x90
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @002e: f64x2.min
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 66440f5df8             minpd xmm15, xmm0
;;      61: 440f28f0               movaps xmm14, xmm0
;;      65: 66440f5df1             minpd xmm14, xmm1
;;      6a: 450f56fe               orps xmm15, xmm14
;;      6e: 66450fc2f703           cmpunordpd xmm14, xmm15
;;      74: 450f56fe               orps xmm15, xmm14
;;      78: 66410f73d60d           psrlq xmm14, 0xd
;;      7e: 410f28ce               movaps xmm1, xmm14
;;      82: 410f55cf               andnps xmm1, xmm15
;;   @0031: end
;;      86: 400f28c1               movaps xmm0, xmm1
;;      8a: 4889ec                 mov rsp, rbp
;;      8d: 405d                   pop rbp
;;      8f: c3                     ret
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      90: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 29 instructions, 150 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8264000000           jb 0x94
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0038: f64x2.max
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 66440f5ff8             maxpd xmm15, xmm0
;;      61: 440f28f0               movaps xmm14, xmm0
;;      65: 66440f5ff1             maxpd xmm14, xmm1
;;      6a: 450f57f7               xorps xmm14, xmm15
;;      6e: 450f56fe               orps xmm15, xmm14
;;      72: 410f28cf               movaps xmm1, xmm15
;;      76: 66410fc2cf03           cmpunordpd xmm1, xmm15
;;      7c: 66450f5cfe             subpd xmm15, xmm14
;;      81: 660f73d10d             psrlq xmm1, 0xd
;;      86: 410f55cf               andnps xmm1, xmm15
;;   @003b: end
;;      8a: 400f28c1               movaps xmm0, xmm1
;;      8e: 4889ec                 mov rsp, rbp
;;      91: 405d                   pop rbp
;;      93: c3                     ret
;;   @0033: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      94: 0f0b                   ud2
