;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, the NaN lanes of a float lane result become the canonical
;; NaN: (x & (x == x)) | (canonical & !(x == x)).
(module (func (export "f") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 45 instructions, 128 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8247000000           jb 0x62
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0025: f32x4.add
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 0f58c8                 addps xmm1, xmm0
;;      35: 0f28c1                 movaps xmm0, xmm1
;;      38: 400fc2c100             cmpeqps xmm0, xmm1
;;      3d: f3400f6f152a000000     movdqu xmm2, xmmword ptr [rip + 0x2a]
;;      46: 660fdbc8               pand xmm1, xmm0
;;      4a: 440f28fa               movaps xmm15, xmm2
;;      4e: 0f28d0                 movaps xmm2, xmm0
;;      51: 66410fdfd7             pandn xmm2, xmm15
;;      56: 660febca               por xmm1, xmm2
;;   @0028: end
;;      5a: 0f28c1                 movaps xmm0, xmm1
;;      5d: 4889ec                 mov rsp, rbp
;;      60: 5d                     pop rbp
;;      61: c3                     ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      62: 0f0b                   ud2
;;      64: 90                     nop
;;      65: 90                     nop
;;      66: 90                     nop
;;      67: 90                     nop
;;      68: 90                     nop
;;      69: 90                     nop
;;      6a: 90                     nop
;;      6b: 90                     nop
;;      6c: 90                     nop
;;      6d: 90                     nop
;;      6e: 90                     nop
;;      6f: 90                     nop
;;      70: 0000                   add byte ptr [rax], al
;;      72: c07f0000               sar byte ptr [rdi], 0
;;      76: c07f0000               sar byte ptr [rdi], 0
;;      7a: c07f0000               sar byte ptr [rdi], 0
;;      7e: c0                     .byte 0xc0
;;      7f: 7f                     .byte 0x7f
