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
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8236000000           jb 0x51
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
;; wasm[0]::function[1] (nmadd): kindling, x86_64-unknown-linux-gnu: 47 instructions, 128 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8245000000           jb 0x60
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @0040: f64x2.relaxed_nmadd
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: f3440f6f3d2d000000     movdqu xmm15, xmmword ptr [rip + 0x2d]
;;      43: 440f28f2               movaps xmm14, xmm2
;;      47: 450f57f7               xorps xmm14, xmm15
;;      4b: 66440f59f1             mulpd xmm14, xmm1
;;      50: 410f28d6               movaps xmm2, xmm14
;;      54: 660f58d0               addpd xmm2, xmm0
;;   @0043: end
;;      58: 0f28c2                 movaps xmm0, xmm2
;;      5b: 4889ec                 mov rsp, rbp
;;      5e: 5d                     pop rbp
;;      5f: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      60: 0f0b                   ud2
;;      62: 90                     nop
;;      63: 90                     nop
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
;;      72: 0000                   add byte ptr [rax], al
;;      74: 0000                   add byte ptr [rax], al
;;      76: 008000000000           add byte ptr [rax], al
;;      7c: 0000                   add byte ptr [rax], al
;;      7e: 00                     .byte 0x00
;;      7f: 80                     .byte 0x80
