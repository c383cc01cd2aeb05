;; Relaxed multiply-add: fused where the ISA (or x86_64's `has_fma`) has it, as Cranelift does.
;;! set has_fma=true
;;! set has_avx=true
(module
  (func (export "madd") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd") (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (madd): kindling, x86_64-unknown-linux-gnu: 23 instructions, 133 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec70000000         sub rsp, 0x70
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8253000000           jb 0x83
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;   @0034: f32x4.relaxed_madd
;;      4e: f3400f6f8425c0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x40]
;;      58: f3400f6f8c25d0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x30]
;;      62: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      6c: 440f28fa               movaps xmm15, xmm2
;;      70: c46271a8f8             vfmadd213ps xmm15, xmm1, xmm0
;;      75: 410f28d7               movaps xmm2, xmm15
;;   @0037: end
;;      79: 400f28c2               movaps xmm0, xmm2
;;      7d: 4889ec                 mov rsp, rbp
;;      80: 405d                   pop rbp
;;      82: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      83: 0f0b                   ud2
;; wasm[0]::function[1] (nmadd): kindling, x86_64-unknown-linux-gnu: 23 instructions, 133 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec70000000         sub rsp, 0x70
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8253000000           jb 0x83
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;   @0040: f64x2.relaxed_nmadd
;;      4e: f3400f6f8425c0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x40]
;;      58: f3400f6f8c25d0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x30]
;;      62: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      6c: 440f28fa               movaps xmm15, xmm2
;;      70: c462f1acf8             vfnmadd213pd xmm15, xmm1, xmm0
;;      75: 410f28d7               movaps xmm2, xmm15
;;   @0043: end
;;      79: 400f28c2               movaps xmm0, xmm2
;;      7d: 4889ec                 mov rsp, rbp
;;      80: 405d                   pop rbp
;;      82: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      83: 0f0b                   ud2
