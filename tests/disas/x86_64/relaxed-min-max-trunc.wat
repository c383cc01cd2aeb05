;; Relaxed min/max and truncations.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "trunc") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 21 instructions, 112 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823e000000           jb 0x6e
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @003c: f32x4.relaxed_min
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 400f28c8               movaps xmm1, xmm0
;;      60: 410f5dcf               minps xmm1, xmm15
;;   @003f: end
;;      64: 400f28c1               movaps xmm0, xmm1
;;      68: 4889ec                 mov rsp, rbp
;;      6b: 405d                   pop rbp
;;      6d: c3                     ret
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      6e: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 21 instructions, 113 bytes
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823f000000           jb 0x6f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0046: f64x2.relaxed_max
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 440f28f9               movaps xmm15, xmm1
;;      5c: 400f28c8               movaps xmm1, xmm0
;;      60: 66410f5fcf             maxpd xmm1, xmm15
;;   @0049: end
;;      65: 400f28c1               movaps xmm0, xmm1
;;      69: 4889ec                 mov rsp, rbp
;;      6c: 405d                   pop rbp
;;      6e: c3                     ret
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      6f: 0f0b                   ud2
;; wasm[0]::function[2] (trunc): kindling, x86_64-unknown-linux-gnu: 16 instructions, 80 bytes
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f821e000000           jb 0x4e
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @004e: i32x4.relaxed_trunc_f32x4_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: f30f5bc0               cvttps2dq xmm0, xmm0
;;   @0051: end
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 405d                   pop rbp
;;      4d: c3                     ret
;;   @004b: (func (;2;) (type 1) (param v128) (result v128)
;;      4e: 0f0b                   ud2
