;; Lane negation is 0 - x.
(module
  (func (export "f") (param v128) (result v128) (i32x4.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 18 instructions, 88 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8226000000           jb 0x56
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0022: i32x4.neg
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660fefc9               pxor xmm1, xmm1
;;      48: 660ffac8               psubd xmm1, xmm0
;;   @0025: end
;;      4c: 400f28c1               movaps xmm0, xmm1
;;      50: 4889ec                 mov rsp, rbp
;;      53: 405d                   pop rbp
;;      55: c3                     ret
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      56: 0f0b                   ud2
