;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, the NaN lanes of a float lane result become the canonical
;; NaN: (x & (x == x)) | (canonical & !(x == x)).
(module (func (export "f") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 30 instructions, 158 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f826c000000           jb 0x9c
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0025: f32x4.add
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 0f58c8                 addps xmm1, xmm0
;;      5b: 440f28f9               movaps xmm15, xmm1
;;      5f: 440fc2f900             cmpeqps xmm15, xmm1
;;      64: 410f28c7               movaps xmm0, xmm15
;;      68: 49bb0000c07f0000c07f   movabs r11, 0x7fc000007fc00000
;;      72: 66490f6ed3             movq xmm2, r11
;;      77: 66400f70d244           pshufd xmm2, xmm2, 0x44
;;      7d: 660fdbc8               pand xmm1, xmm0
;;      81: 440f28f8               movaps xmm15, xmm0
;;      85: 66440fdffa             pandn xmm15, xmm2
;;      8a: 410f28d7               movaps xmm2, xmm15
;;      8e: 660febca               por xmm1, xmm2
;;   @0028: end
;;      92: 400f28c1               movaps xmm0, xmm1
;;      96: 4889ec                 mov rsp, rbp
;;      99: 405d                   pop rbp
;;      9b: c3                     ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      9c: 0f0b                   ud2
