;; Relaxed multiply-add without FMA: a multiply then an add, as Cranelift does.
;;! set has_fma=false
(module
  (func (export "madd") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd") (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (madd): kindling, x86_64-unknown-linux-gnu: 24 instructions, 83 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822f000000           jb 0x51
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @0034: f32x4.relaxed_madd
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: 440f28f2               movaps xmm14, xmm2
;;      3e: 440f59f1               mulps xmm14, xmm1
;;      42: 410f28d6               movaps xmm2, xmm14
;;      46: 0f58d0                 addps xmm2, xmm0
;;   @0037: end
;;      49: 0f28c2                 movaps xmm0, xmm2
;;      4c: 4889ec                 mov rsp, rbp
;;      4f: 5d                     pop rbp
;;      50: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      51: 0f0b                   ud2
;; wasm[0]::function[1] (nmadd): kindling, x86_64-unknown-linux-gnu: 28 instructions, 110 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f824a000000           jb 0x6c
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @0040: f64x2.relaxed_nmadd
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      44: 664d0f6efb             movq xmm15, r11
;;      49: 66450f70ff44           pshufd xmm15, xmm15, 0x44
;;      4f: 440f28f2               movaps xmm14, xmm2
;;      53: 450f57f7               xorps xmm14, xmm15
;;      57: 66440f59f1             mulpd xmm14, xmm1
;;      5c: 410f28d6               movaps xmm2, xmm14
;;      60: 660f58d0               addpd xmm2, xmm0
;;   @0043: end
;;      64: 0f28c2                 movaps xmm0, xmm2
;;      67: 4889ec                 mov rsp, rbp
;;      6a: 5d                     pop rbp
;;      6b: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      6c: 0f0b                   ud2
