;; Saturating lane arithmetic, signed and unsigned.
(module
  (func (export "add_s") (param v128 v128) (result v128) (i16x8.add_sat_s (local.get 0) (local.get 1)))
  (func (export "sub_u") (param v128 v128) (result v128) (i8x16.sub_sat_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add_s): kindling, x86_64-unknown-linux-gnu: 19 instructions, 104 bytes
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
;;   @0032: i16x8.add_sat_s
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660fedc8               paddsw xmm1, xmm0
;;   @0035: end
;;      5c: 400f28c1               movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
;; wasm[0]::function[1] (sub_u): kindling, x86_64-unknown-linux-gnu: 19 instructions, 104 bytes
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
;;   @003c: i8x16.sub_sat_u
;;      44: f3400f6f8425d0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x30]
;;      4e: f3400f6f8c25e0ffffff   movdqu xmm1, xmmword ptr [rbp + riz - 0x20]
;;      58: 660fd8c8               psubusb xmm1, xmm0
;;   @003e: end
;;      5c: 400f28c1               movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
