;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, the NaN lanes of a float lane result become the canonical
;; NaN: (x & (x == x)) | (canonical & !(x == x)).
(module (func (export "f") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 112 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f824c000000           jb 0x6e
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0025: f32x4.add
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 0f58c8                 addps xmm1, xmm0
;;      35: 0f28c1                 movaps xmm0, xmm1
;;      38: 400fc2c100             cmpeqps xmm0, xmm1
;;      3d: 49bb0000c07f0000c07f   movabs r11, 0x7fc000007fc00000
;;      47: 66490f6ed3             movq xmm2, r11
;;      4c: 66400f70d244           pshufd xmm2, xmm2, 0x44
;;      52: 660fdbc8               pand xmm1, xmm0
;;      56: 440f28fa               movaps xmm15, xmm2
;;      5a: 0f28d0                 movaps xmm2, xmm0
;;      5d: 66410fdfd7             pandn xmm2, xmm15
;;      62: 660febca               por xmm1, xmm2
;;   @0028: end
;;      66: 0f28c1                 movaps xmm0, xmm1
;;      69: 4889ec                 mov rsp, rbp
;;      6c: 5d                     pop rbp
;;      6d: c3                     ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      6e: 0f0b                   ud2
