;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, the NaN lanes of a float lane result become the canonical
;; NaN: (x & (x == x)) | (canonical & !(x == x)).
(module (func (export "f") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 154 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8268000000           jb 0x98
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0025: f32x4.add
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 0f58c8                 addps xmm1, xmm0
;;      5b: 400f28c1               movaps xmm0, xmm1
;;      5f: 400fc2c100             cmpeqps xmm0, xmm1
;;      64: 49bb0000c07f0000c07f   movabs r11, 0x7fc000007fc00000
;;      6e: 66490f6ed3             movq xmm2, r11
;;      73: 66400f70d244           pshufd xmm2, xmm2, 0x44
;;      79: 660fdbc8               pand xmm1, xmm0
;;      7d: 440f28fa               movaps xmm15, xmm2
;;      81: 400f28d0               movaps xmm2, xmm0
;;      85: 66410fdfd7             pandn xmm2, xmm15
;;      8a: 660febca               por xmm1, xmm2
;;   @0028: end
;;      8e: 400f28c1               movaps xmm0, xmm1
;;      92: 4889ec                 mov rsp, rbp
;;      95: 405d                   pop rbp
;;      97: c3                     ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      98: 0f0b                   ud2
