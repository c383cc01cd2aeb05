;; i32x4.mul and i16x8.mul: one instruction each (pmulld needs SSE4.1 on x86_64).
(module
  (func (export "mul32") (param v128 v128) (result v128) (i32x4.mul (local.get 0) (local.get 1)))
  (func (export "mul16") (param v128 v128) (result v128) (i16x8.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (mul32): kindling, x86_64-unknown-linux-gnu: 19 instructions, 105 bytes
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
;;   @0032: i32x4.mul
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660f3840c8             pmulld xmm1, xmm0
;;   @0035: end
;;      5d: 400f28c1               movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      67: 0f0b                   ud2
;; wasm[0]::function[1] (mul16): kindling, x86_64-unknown-linux-gnu: 19 instructions, 104 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @003c: i16x8.mul
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660fd5c8               pmullw xmm1, xmm0
;;   @003f: end
;;      5c: 400f28c1               movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
