;; Relaxed lane select: the top bit of each mask lane on x86_64 (as `blendv`), a bit select on aarch64.
(module
  (func (export "i8") (param v128 v128 v128) (result v128) (i8x16.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i32") (param v128 v128 v128) (result v128) (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, x86_64-unknown-linux-gnu: 26 instructions, 149 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec70000000         sub rsp, 0x70
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8263000000           jb 0x93
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;   @0030: i8x16.relaxed_laneselect
;;      4e: f3400f6f8425c0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x40]
;;      58: f3400f6f8c25d0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x30]
;;      62: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      6c: 66450feff6             pxor xmm14, xmm14
;;      71: 66440f64f0             pcmpgtb xmm14, xmm0
;;      76: 450f28fe               movaps xmm15, xmm14
;;      7a: 66440fdff9             pandn xmm15, xmm1
;;      7f: 66410fdbd6             pand xmm2, xmm14
;;      84: 66410febd7             por xmm2, xmm15
;;   @0033: end
;;      89: 400f28c2               movaps xmm0, xmm2
;;      8d: 4889ec                 mov rsp, rbp
;;      90: 405d                   pop rbp
;;      92: c3                     ret
;;   @0029: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;      93: 0f0b                   ud2
;; wasm[0]::function[1] (i32): kindling, x86_64-unknown-linux-gnu: 26 instructions, 149 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec70000000         sub rsp, 0x70
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8263000000           jb 0x93
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;   @003c: i32x4.relaxed_laneselect
;;      4e: f3400f6f8425c0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x40]
;;      58: f3400f6f8c25d0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x30]
;;      62: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      6c: 440f28f0               movaps xmm14, xmm0
;;      70: 66410f72e61f           psrad xmm14, 0x1f
;;      76: 450f28fe               movaps xmm15, xmm14
;;      7a: 66440fdff9             pandn xmm15, xmm1
;;      7f: 66410fdbd6             pand xmm2, xmm14
;;      84: 66410febd7             por xmm2, xmm15
;;   @003f: end
;;      89: 400f28c2               movaps xmm0, xmm2
;;      8d: 4889ec                 mov rsp, rbp
;;      90: 405d                   pop rbp
;;      92: c3                     ret
;;   @0035: (func (;1;) (type 0) (param v128 v128 v128) (result v128)
;;      93: 0f0b                   ud2
