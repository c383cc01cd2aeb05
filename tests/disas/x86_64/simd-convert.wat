;; Integer to float conversions, signed and unsigned, and demote/promote.
(module
  (func (export "f32_s") (param v128) (result v128) (f32x4.convert_i32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (f64x2.convert_low_i32x4_s (local.get 0)))
  (func (export "demote") (param v128) (result v128) (f32x4.demote_f64x2_zero (local.get 0)))
  (func (export "promote") (param v128) (result v128) (f64x2.promote_low_f32x4 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 79 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f821d000000           jb 0x4d
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @004d: f32x4.convert_i32x4_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 0f5bc0                 cvtdq2ps xmm0, xmm0
;;   @0050: end
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 405d                   pop rbp
;;      4c: c3                     ret
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;      4d: 0f0b                   ud2
;; wasm[0]::function[1] (f32_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 116 bytes
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8242000000           jb 0x72
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0055: f32x4.convert_i32x4_u
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 440f28f8               movaps xmm15, xmm0
;;      48: 66410f72f710           pslld xmm15, 0x10
;;      4e: 66410f72d710           psrld xmm15, 0x10
;;      54: 66410ffac7             psubd xmm0, xmm15
;;      59: 450f5bff               cvtdq2ps xmm15, xmm15
;;      5d: 660f72d001             psrld xmm0, 1
;;      62: 0f5bc0                 cvtdq2ps xmm0, xmm0
;;      65: 0f58c0                 addps xmm0, xmm0
;;      68: 410f58c7               addps xmm0, xmm15
;;   @0058: end
;;      6c: 4889ec                 mov rsp, rbp
;;      6f: 405d                   pop rbp
;;      71: c3                     ret
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
;;      72: 0f0b                   ud2
;; wasm[0]::function[2] (f64_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 80 bytes
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @005d: f64x2.convert_low_i32x4_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: f30fe6c0               cvtdq2pd xmm0, xmm0
;;   @0060: end
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 405d                   pop rbp
;;      4d: c3                     ret
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
;;      4e: 0f0b                   ud2
;; wasm[0]::function[3] (demote): kindling, x86_64-unknown-linux-gnu: 16 instructions, 80 bytes
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0065: f32x4.demote_f64x2_zero
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f5ac0               cvtpd2ps xmm0, xmm0
;;   @0067: end
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 405d                   pop rbp
;;      4d: c3                     ret
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
;;      4e: 0f0b                   ud2
;; wasm[0]::function[4] (promote): kindling, x86_64-unknown-linux-gnu: 16 instructions, 79 bytes
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f821d000000           jb 0x4d
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @006c: f64x2.promote_low_f32x4
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 0f5ac0                 cvtps2pd xmm0, xmm0
;;   @006e: end
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 405d                   pop rbp
;;      4c: c3                     ret
;;   @0069: (func (;4;) (type 0) (param v128) (result v128)
;;      4d: 0f0b                   ud2
