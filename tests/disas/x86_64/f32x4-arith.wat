;; Float lane arithmetic: one instruction each; neg flips the sign bits.
(module
  (func (export "add") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1)))
  (func (export "div") (param v128 v128) (result v128) (f64x2.div (local.get 0) (local.get 1)))
  (func (export "sqrt") (param v128) (result v128) (f32x4.sqrt (local.get 0)))
  (func (export "neg") (param v128) (result v128) (f64x2.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add): kindling, x86_64-unknown-linux-gnu: 19 instructions, 103 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8235000000           jb 0x65
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;   @0042: f32x4.add
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 0f58c8                 addps xmm1, xmm0
;;   @0045: end
;;      5b: 400f28c1               movaps xmm0, xmm1
;;      5f: 4889ec                 mov rsp, rbp
;;      62: 405d                   pop rbp
;;      64: c3                     ret
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      65: 0f0b                   ud2
;; wasm[0]::function[1] (div): kindling, x86_64-unknown-linux-gnu: 19 instructions, 104 bytes
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @004c: f64x2.div
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f5ec8               divpd xmm1, xmm0
;;   @004f: end
;;      5c: 400f28c1               movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
;; wasm[0]::function[2] (sqrt): kindling, x86_64-unknown-linux-gnu: 16 instructions, 79 bytes
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @0054: f32x4.sqrt
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 0f51c0                 sqrtps xmm0, xmm0
;;   @0057: end
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 405d                   pop rbp
;;      4c: c3                     ret
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;      4d: 0f0b                   ud2
;; wasm[0]::function[3] (neg): kindling, x86_64-unknown-linux-gnu: 18 instructions, 92 bytes
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822a000000           jb 0x5a
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @005c: f64x2.neg
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450f76f6             pcmpeqd xmm14, xmm14
;;      49: 66410f73f63f           psllq xmm14, 0x3f
;;      4f: 66410fefc6             pxor xmm0, xmm14
;;   @005f: end
;;      54: 4889ec                 mov rsp, rbp
;;      57: 405d                   pop rbp
;;      59: c3                     ret
;;   @0059: (func (;3;) (type 1) (param v128) (result v128)
;;      5a: 0f0b                   ud2
