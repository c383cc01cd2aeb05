;; Relaxed multiply-add: fused where the ISA (or x86_64's `has_fma`) has it, as Cranelift does.
;;! set has_fma=true
;;! set has_avx=true
(module
  (func (export "madd") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd") (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (madd): kindling, x86_64-unknown-linux-gnu: 23 instructions, 87 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8233000000           jb 0x55
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;      2c: f30f7f55c0             movdqu xmmword ptr [rbp - 0x40], xmm2
;;   @0034: f32x4.relaxed_madd
;;      31: f30f6f45c0             movdqu xmm0, xmmword ptr [rbp - 0x40]
;;      36: f30f6f4dd0             movdqu xmm1, xmmword ptr [rbp - 0x30]
;;      3b: f30f6f55e0             movdqu xmm2, xmmword ptr [rbp - 0x20]
;;      40: 440f28fa               movaps xmm15, xmm2
;;      44: c46271a8f8             vfmadd213ps xmm15, xmm1, xmm0
;;      49: 410f28d7               movaps xmm2, xmm15
;;   @0037: end
;;      4d: 0f28c2                 movaps xmm0, xmm2
;;      50: 4889ec                 mov rsp, rbp
;;      53: 5d                     pop rbp
;;      54: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      55: 0f0b                   ud2
;; wasm[0]::function[1] (nmadd): kindling, x86_64-unknown-linux-gnu: 23 instructions, 87 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8233000000           jb 0x55
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;      2c: f30f7f55c0             movdqu xmmword ptr [rbp - 0x40], xmm2
;;   @0040: f64x2.relaxed_nmadd
;;      31: f30f6f45c0             movdqu xmm0, xmmword ptr [rbp - 0x40]
;;      36: f30f6f4dd0             movdqu xmm1, xmmword ptr [rbp - 0x30]
;;      3b: f30f6f55e0             movdqu xmm2, xmmword ptr [rbp - 0x20]
;;      40: 440f28fa               movaps xmm15, xmm2
;;      44: c462f1acf8             vfnmadd213pd xmm15, xmm1, xmm0
;;      49: 410f28d7               movaps xmm2, xmm15
;;   @0043: end
;;      4d: 0f28c2                 movaps xmm0, xmm2
;;      50: 4889ec                 mov rsp, rbp
;;      53: 5d                     pop rbp
;;      54: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      55: 0f0b                   ud2
