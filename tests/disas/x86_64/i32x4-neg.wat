;; Lane negation is 0 - x.
(module
  (func (export "f") (param v128) (result v128) (i32x4.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 18 instructions, 62 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821a000000           jb 0x3c
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0022: i32x4.neg
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660fefc9               pxor xmm1, xmm1
;;      30: 660ffac8               psubd xmm1, xmm0
;;   @0025: end
;;      34: 0f28c1                 movaps xmm0, xmm1
;;      37: 4889ec                 mov rsp, rbp
;;      3a: 5d                     pop rbp
;;      3b: c3                     ret
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      3c: 0f0b                   ud2
