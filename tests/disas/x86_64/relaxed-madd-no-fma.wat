;; Relaxed multiply-add without FMA: a multiply then an add, as Cranelift does.
;;! set has_fma=false
(module
  (func (export "madd") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd") (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (madd): kindling, x86_64-unknown-linux-gnu: 24 instructions, 135 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec70000000         sub rsp, 0x70
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8255000000           jb 0x85
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;   @0034: f32x4.relaxed_madd
;;      4e: f3400f6f8425c0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x40]
;;      58: f3400f6f8c25d0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x30]
;;      62: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      6c: 440f28f2               movaps xmm14, xmm2
;;      70: 440f59f1               mulps xmm14, xmm1
;;      74: 410f28d6               movaps xmm2, xmm14
;;      78: 0f58d0                 addps xmm2, xmm0
;;   @0037: end
;;      7b: 400f28c2               movaps xmm0, xmm2
;;      7f: 4889ec                 mov rsp, rbp
;;      82: 405d                   pop rbp
;;      84: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      85: 0f0b                   ud2
;; wasm[0]::function[1] (nmadd): kindling, x86_64-unknown-linux-gnu: 28 instructions, 162 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec70000000         sub rsp, 0x70
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8270000000           jb 0xa0
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;   @0040: f64x2.relaxed_nmadd
;;      4e: f3400f6f8425c0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x40]
;;      58: f3400f6f8c25d0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x30]
;;      62: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      6c: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      76: 664d0f6efb             movq xmm15, r11
;;      7b: 66450f70ff44           pshufd xmm15, xmm15, 0x44
;;      81: 440f28f2               movaps xmm14, xmm2
;;      85: 450f57f7               xorps xmm14, xmm15
;;      89: 66440f59f1             mulpd xmm14, xmm1
;;      8e: 410f28d6               movaps xmm2, xmm14
;;      92: 660f58d0               addpd xmm2, xmm0
;;   @0043: end
;;      96: 400f28c2               movaps xmm0, xmm2
;;      9a: 4889ec                 mov rsp, rbp
;;      9d: 405d                   pop rbp
;;      9f: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      a0: 0f0b                   ud2
