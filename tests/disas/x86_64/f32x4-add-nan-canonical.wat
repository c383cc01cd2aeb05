;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, the NaN lanes of a float lane result become the canonical
;; NaN: (x & (x == x)) | (canonical & !(x == x)).
(module (func (export "f") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 116 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8250000000           jb 0x72
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0025: f32x4.add
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 0f58c8                 addps xmm1, xmm0
;;      39: 0f28c1                 movaps xmm0, xmm1
;;      3c: 400fc2c100             cmpeqps xmm0, xmm1
;;      41: 49bb0000c07f0000c07f   movabs r11, 0x7fc000007fc00000
;;      4b: 66490f6ed3             movq xmm2, r11
;;      50: 66400f70d244           pshufd xmm2, xmm2, 0x44
;;      56: 660fdbc8               pand xmm1, xmm0
;;      5a: 440f28fa               movaps xmm15, xmm2
;;      5e: 0f28d0                 movaps xmm2, xmm0
;;      61: 66410fdfd7             pandn xmm2, xmm15
;;      66: 660febca               por xmm1, xmm2
;;   @0028: end
;;      6a: 0f28c1                 movaps xmm0, xmm1
;;      6d: 4889ec                 mov rsp, rbp
;;      70: 5d                     pop rbp
;;      71: c3                     ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      72: 0f0b                   ud2
