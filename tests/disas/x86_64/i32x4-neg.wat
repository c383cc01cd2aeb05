;; Lane negation is 0 - x.
(module
  (func (export "f") (param v128) (result v128) (i32x4.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 18 instructions, 60 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821f000000           jb 0x3a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0022: i32x4.neg
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660fefc9               pxor xmm1, xmm1
;;      2e: 660ffac8               psubd xmm1, xmm0
;;   @0025: end
;;      32: 0f28c1                 movaps xmm0, xmm1
;;      35: 4889ec                 mov rsp, rbp
;;      38: 5d                     pop rbp
;;      39: c3                     ret
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      3a: 0f0b                   ud2
