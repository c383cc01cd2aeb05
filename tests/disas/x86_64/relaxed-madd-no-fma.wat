;; Relaxed multiply-add without FMA: a multiply then an add, as Cranelift does.
;;! set has_fma=false
(module
  (func (export "madd") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd") (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (madd): kindling, x86_64-unknown-linux-gnu: 24 instructions, 89 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8235000000           jb 0x57
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;      2c: f30f7f55c0             movdqu xmmword ptr [rbp - 0x40], xmm2
;;   @0034: f32x4.relaxed_madd
;;      31: f30f6f45c0             movdqu xmm0, xmmword ptr [rbp - 0x40]
;;      36: f30f6f4dd0             movdqu xmm1, xmmword ptr [rbp - 0x30]
;;      3b: f30f6f55e0             movdqu xmm2, xmmword ptr [rbp - 0x20]
;;      40: 440f28f2               movaps xmm14, xmm2
;;      44: 440f59f1               mulps xmm14, xmm1
;;      48: 410f28d6               movaps xmm2, xmm14
;;      4c: 0f58d0                 addps xmm2, xmm0
;;   @0037: end
;;      4f: 0f28c2                 movaps xmm0, xmm2
;;      52: 4889ec                 mov rsp, rbp
;;      55: 5d                     pop rbp
;;      56: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      57: 0f0b                   ud2
;; wasm[0]::function[1] (nmadd): kindling, x86_64-unknown-linux-gnu: 28 instructions, 116 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8250000000           jb 0x72
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;      2c: f30f7f55c0             movdqu xmmword ptr [rbp - 0x40], xmm2
;;   @0040: f64x2.relaxed_nmadd
;;      31: f30f6f45c0             movdqu xmm0, xmmword ptr [rbp - 0x40]
;;      36: f30f6f4dd0             movdqu xmm1, xmmword ptr [rbp - 0x30]
;;      3b: f30f6f55e0             movdqu xmm2, xmmword ptr [rbp - 0x20]
;;      40: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      4a: 664d0f6efb             movq xmm15, r11
;;      4f: 66450f70ff44           pshufd xmm15, xmm15, 0x44
;;      55: 440f28f2               movaps xmm14, xmm2
;;      59: 450f57f7               xorps xmm14, xmm15
;;      5d: 66440f59f1             mulpd xmm14, xmm1
;;      62: 410f28d6               movaps xmm2, xmm14
;;      66: 660f58d0               addpd xmm2, xmm0
;;   @0043: end
;;      6a: 0f28c2                 movaps xmm0, xmm2
;;      6d: 4889ec                 mov rsp, rbp
;;      70: 5d                     pop rbp
;;      71: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      72: 0f0b                   ud2
