;; Relaxed multiply-add: fused where the ISA (or x86_64's `has_fma`) has it, as Cranelift does.
;;! set has_fma=true
;;! set has_avx=true
(module
  (func (export "madd") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd") (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (madd): kindling, x86_64-unknown-linux-gnu: 23 instructions, 81 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8234000000           jb 0x4f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @0034: f32x4.relaxed_madd
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: 440f28fa               movaps xmm15, xmm2
;;      3e: c46271a8f8             vfmadd213ps xmm15, xmm1, xmm0
;;      43: 410f28d7               movaps xmm2, xmm15
;;   @0037: end
;;      47: 0f28c2                 movaps xmm0, xmm2
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 5d                     pop rbp
;;      4e: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      4f: 0f0b                   ud2
;; wasm[0]::function[1] (nmadd): kindling, x86_64-unknown-linux-gnu: 23 instructions, 81 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8234000000           jb 0x4f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @0040: f64x2.relaxed_nmadd
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: 440f28fa               movaps xmm15, xmm2
;;      3e: c462f1acf8             vfnmadd213pd xmm15, xmm1, xmm0
;;      43: 410f28d7               movaps xmm2, xmm15
;;   @0043: end
;;      47: 0f28c2                 movaps xmm0, xmm2
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 5d                     pop rbp
;;      4e: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      4f: 0f0b                   ud2
