;; i64x2.mul has no instruction on SSE4 or NEON: x86_64 builds it from 32-bit halves with
;; pmuludq, aarch64 multiplies each lane in general registers.
(module
  (func (export "f") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 30 instructions, 159 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f826d000000           jb 0x9d
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0025: i64x2.mul
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 66410f73d720           psrlq xmm15, 0x20
;;      62: 66440ff4f8             pmuludq xmm15, xmm0
;;      67: 440f28f0               movaps xmm14, xmm0
;;      6b: 66410f73d620           psrlq xmm14, 0x20
;;      71: 66440ff4f1             pmuludq xmm14, xmm1
;;      76: 66450fd4fe             paddq xmm15, xmm14
;;      7b: 66410f73f720           psllq xmm15, 0x20
;;      81: 440f28f1               movaps xmm14, xmm1
;;      85: 66440ff4f0             pmuludq xmm14, xmm0
;;      8a: 410f28ce               movaps xmm1, xmm14
;;      8e: 66410fd4cf             paddq xmm1, xmm15
;;   @0028: end
;;      93: 400f28c1               movaps xmm0, xmm1
;;      97: 4889ec                 mov rsp, rbp
;;      9a: 405d                   pop rbp
;;      9c: c3                     ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      9d: 0f0b                   ud2
