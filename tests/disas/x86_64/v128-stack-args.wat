;; v128 arguments beyond the argument registers go in 16-byte, 16-byte-aligned stack slots.
(module
  (func $many (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128) (i32x4.add (local.get 9) (local.get 10)))
  (func (export "call") (param v128) (result v128) (call $many (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0) (i32.const 1) (local.get 0) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (many): kindling, x86_64-unknown-linux-gnu: 26 instructions, 174 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ecc0000000         sub rsp, 0xc0
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f827c000000           jb 0xac
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;      3a: f3400f7f8c25d0ffffff   movdqu xmmword ptr [rbp + riz - 0x30], xmm1
;;      44: f3400f7f9425c0ffffff   movdqu xmmword ptr [rbp + riz - 0x40], xmm2
;;      4e: f3400f7f9c25b0ffffff   movdqu xmmword ptr [rbp + riz - 0x50], xmm3
;;      58: f3400f7fa425a0ffffff   movdqu xmmword ptr [rbp + riz - 0x60], xmm4
;;      62: f3400f7fac2590ffffff   movdqu xmmword ptr [rbp + riz - 0x70], xmm5
;;      6c: f3400f7fb42580ffffff   movdqu xmmword ptr [rbp + riz - 0x80], xmm6
;;      76: f3400f7fbc2570ffffff   movdqu xmmword ptr [rbp + riz - 0x90], xmm7
;;      80: 4089942568ffffff       mov dword ptr [rbp + riz - 0x98], edx
;;   @0037: i32x4.add
;;      88: f3400f6f842520000000   movdqu xmm0, xmmword ptr [rbp + riz + 0x20]
;;      92: f3400f6f8c2510000000   movdqu xmm1, xmmword ptr [rbp + riz + 0x10]
;;      9c: 660ffec8               paddd xmm1, xmm0
;;   @003a: end
;;      a0: 400f28c1               movaps xmm0, xmm1
;;      a4: 4889ec                 mov rsp, rbp
;;      a7: 405d                   pop rbp
;;      a9: c22000                 ret 0x20
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;      ac: 0f0b                   ud2
;; wasm[0]::function[1] (call): kindling, x86_64-unknown-linux-gnu: 32 instructions, 218 bytes
;;   @0032: (func $many (;0;) (type 0) (param v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ecf0000000         sub rsp, 0xf0
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82a8000000           jb 0xd8
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0053: call $many
;;      3a: f3440f6fbc25e0ffffff   movdqu xmm15, xmmword ptr [rbp + riz - 0x20]
;;      44: f3440f7fbc2400000000   movdqu xmmword ptr [rsp], xmm15
;;      4e: f3440f6fbc25e0ffffff   movdqu xmm15, xmmword ptr [rbp + riz - 0x20]
;;      58: f3440f7fbc2410000000   movdqu xmmword ptr [rsp + 0x10], xmm15
;;      62: 4c89f7                 mov rdi, r14
;;      65: 4c89f6                 mov rsi, r14
;;      68: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      72: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      7c: f3400f6f9425e0ffffff   movdqu xmm2, xmmword ptr [rbp + riz - 0x20]
;;      86: f3400f6f9c25e0ffffff   movdqu xmm3, xmmword ptr [rbp + riz - 0x20]
;;      90: f3400f6fa425e0ffffff   movdqu xmm4, xmmword ptr [rbp + riz - 0x20]
;;      9a: f3400f6fac25e0ffffff   movdqu xmm5, xmmword ptr [rbp + riz - 0x20]
;;      a4: f3400f6fb425e0ffffff   movdqu xmm6, xmmword ptr [rbp + riz - 0x20]
;;      ae: f3400f6fbc25e0ffffff   movdqu xmm7, xmmword ptr [rbp + riz - 0x20]
;;      b8: 40ba01000000           mov edx, 1
;;      be: e88dfeffff             call 0xffffffffffffff50
;;      c3: 4881ec20000000         sub rsp, 0x20
;;      ca: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;   @0055: end
;;      d2: 4889ec                 mov rsp, rbp
;;      d5: 405d                   pop rbp
;;      d7: c3                     ret
;;   @003c: (func (;1;) (type 1) (param v128) (result v128)
;;      d8: 0f0b                   ud2
