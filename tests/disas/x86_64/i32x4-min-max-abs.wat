;; Lane minimum, maximum, rounding average and absolute value.
(module
  (func (export "min_s") (param v128 v128) (result v128) (i32x4.min_s (local.get 0) (local.get 1)))
  (func (export "max_u") (param v128 v128) (result v128) (i8x16.max_u (local.get 0) (local.get 1)))
  (func (export "avgr") (param v128 v128) (result v128) (i16x8.avgr_u (local.get 0) (local.get 1)))
  (func (export "abs") (param v128) (result v128) (i64x2.abs (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min_s): kindling, x86_64-unknown-linux-gnu: 19 instructions, 105 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8237000000           jb 0x67
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0046: i32x4.min_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f3839c8             pminsd xmm1, xmm0
;;   @0049: end
;;      5d: 400f28c1               movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @0041: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      67: 0f0b                   ud2
;; wasm[0]::function[1] (max_u): kindling, x86_64-unknown-linux-gnu: 19 instructions, 104 bytes
;;   @0041: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8236000000           jb 0x66
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0050: i8x16.max_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660fdec8               pmaxub xmm1, xmm0
;;   @0052: end
;;      5c: 400f28c1               movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @004b: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
;; wasm[0]::function[2] (avgr): kindling, x86_64-unknown-linux-gnu: 19 instructions, 104 bytes
;;   @004b: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8236000000           jb 0x66
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0059: i16x8.avgr_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660fe3c8               pavgw xmm1, xmm0
;;   @005c: end
;;      5c: 400f28c1               movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @0054: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
;; wasm[0]::function[3] (abs): kindling, x86_64-unknown-linux-gnu: 19 instructions, 97 bytes
;;   @0054: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822f000000           jb 0x5f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0061: i64x2.abs
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450feff6             pxor xmm14, xmm14
;;      49: 66440f3837f0           pcmpgtq xmm14, xmm0
;;      4f: 66410fefc6             pxor xmm0, xmm14
;;      54: 66410ffbc6             psubq xmm0, xmm14
;;   @0064: end
;;      59: 4889ec                 mov rsp, rbp
;;      5c: 405d                   pop rbp
;;      5e: c3                     ret
;;   @005e: (func (;3;) (type 1) (param v128) (result v128)
;;      5f: 0f0b                   ud2
