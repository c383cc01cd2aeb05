;; wasm `min`/`max` on f32 lanes (NaN and signed-zero rules) and the pseudo `pmin`/`pmax`.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f32x4.max (local.get 0) (local.get 1)))
  (func (export "pmin") (param v128 v128) (result v128) (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "pmax") (param v128 v128) (result v128) (f32x4.pmax (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 28 instructions, 143 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825d000000           jb 0x8d
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @003e: f32x4.min
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 440f5df8               minps xmm15, xmm0
;;      60: 440f28f0               movaps xmm14, xmm0
;;      64: 440f5df1               minps xmm14, xmm1
;;      68: 450f56fe               orps xmm15, xmm14
;;      6c: 450fc2f703             cmpunordps xmm14, xmm15
;;      71: 450f56fe               orps xmm15, xmm14
;;      75: 66410f72d60a           psrld xmm14, 0xa
;;      7b: 410f28ce               movaps xmm1, xmm14
;;      7f: 410f55cf               andnps xmm1, xmm15
;;   @0041: end
;;      83: 400f28c1               movaps xmm0, xmm1
;;      87: 4889ec                 mov rsp, rbp
;;      8a: 405d                   pop rbp
;;      8c: c3                     ret
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      8d: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 29 instructions, 146 bytes
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0048: f32x4.max
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 440f5ff8               maxps xmm15, xmm0
;;      60: 440f28f0               movaps xmm14, xmm0
;;      64: 440f5ff1               maxps xmm14, xmm1
;;      68: 450f57f7               xorps xmm14, xmm15
;;      6c: 450f56fe               orps xmm15, xmm14
;;      70: 410f28cf               movaps xmm1, xmm15
;;      74: 410fc2cf03             cmpunordps xmm1, xmm15
;;      79: 450f5cfe               subps xmm15, xmm14
;;      7d: 660f72d10a             psrld xmm1, 0xa
;;      82: 410f55cf               andnps xmm1, xmm15
;;   @004b: end
;;      86: 400f28c1               movaps xmm0, xmm1
;;      8a: 4889ec                 mov rsp, rbp
;;      8d: 405d                   pop rbp
;;      8f: c3                     ret
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      90: 0f0b                   ud2
;; wasm[0]::function[2] (pmin): kindling, x86_64-unknown-linux-gnu: 21 instructions, 112 bytes
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823e000000           jb 0x6e
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0052: f32x4.pmin
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 400f28c8               movaps xmm1, xmm0
;;      60: 410f5dcf               minps xmm1, xmm15
;;   @0055: end
;;      64: 400f28c1               movaps xmm0, xmm1
;;      68: 4889ec                 mov rsp, rbp
;;      6b: 405d                   pop rbp
;;      6d: c3                     ret
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      6e: 0f0b                   ud2
;; wasm[0]::function[3] (pmax): kindling, x86_64-unknown-linux-gnu: 21 instructions, 112 bytes
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823e000000           jb 0x6e
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @005c: f32x4.pmax
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 400f28c8               movaps xmm1, xmm0
;;      60: 410f5fcf               maxps xmm1, xmm15
;;   @005f: end
;;      64: 400f28c1               movaps xmm0, xmm1
;;      68: 4889ec                 mov rsp, rbp
;;      6b: 405d                   pop rbp
;;      6d: c3                     ret
;;   @0057: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      6e: 0f0b                   ud2
