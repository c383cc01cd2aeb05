;;! set has_avx=true
;;! set has_avx512f=true
;; AVX-512F without AVX512VL and DQ is not enough for the xmm forms: i64x2.mul is the
;; pmuludq sequence (in VEX form) and i64x2.abs the compare-and-negate one.
(module
  (func (export "mul") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1)))
  (func (export "abs") (param v128) (result v128) (i64x2.abs (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (mul): kindling, x86_64-unknown-linux-gnu: 26 instructions, 140 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825a000000           jb 0x8a
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0033: i64x2.mul
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: c58173d120             vpsrlq xmm15, xmm1, 0x20
;;      5d: 66440ff4f8             pmuludq xmm15, xmm0
;;      62: c58973d020             vpsrlq xmm14, xmm0, 0x20
;;      67: 66440ff4f1             pmuludq xmm14, xmm1
;;      6c: 66450fd4fe             paddq xmm15, xmm14
;;      71: 66410f73f720           psllq xmm15, 0x20
;;      77: c571f4f0               vpmuludq xmm14, xmm1, xmm0
;;      7b: c4c109d4cf             vpaddq xmm1, xmm14, xmm15
;;   @0036: end
;;      80: 400f28c1               movaps xmm0, xmm1
;;      84: 4889ec                 mov rsp, rbp
;;      87: 405d                   pop rbp
;;      89: c3                     ret
;;   @002e: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      8a: 0f0b                   ud2
;; wasm[0]::function[1] (abs): kindling, x86_64-unknown-linux-gnu: 19 instructions, 97 bytes
;;   @002e: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822f000000           jb 0x5f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @003b: i64x2.abs
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450feff6             pxor xmm14, xmm14
;;      49: 66440f3837f0           pcmpgtq xmm14, xmm0
;;      4f: c4c179efc6             vpxor xmm0, xmm0, xmm14
;;      54: c4c179fbc6             vpsubq xmm0, xmm0, xmm14
;;   @003e: end
;;      59: 4889ec                 mov rsp, rbp
;;      5c: 405d                   pop rbp
;;      5e: c3                     ret
;;   @0038: (func (;1;) (type 1) (param v128) (result v128)
;;      5f: 0f0b                   ud2
