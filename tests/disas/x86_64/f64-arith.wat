;; f64 multiply, divide, subtract.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.mul local.get 1 f64.div local.get 0 f64.sub))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 80 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8233000000           jb 0x4e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0025: f64.mul
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: f20f59c8               mulsd xmm1, xmm0
;;   @0028: f64.div
;;      36: 410f28c1               movaps xmm0, xmm9
;;      3a: f20f5ec8               divsd xmm1, xmm0
;;   @002b: f64.sub
;;      3e: 410f28c0               movaps xmm0, xmm8
;;      42: f20f5cc8               subsd xmm1, xmm0
;;   @002c: end
;;      46: 0f28c1                 movaps xmm0, xmm1
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 5d                     pop rbp
;;      4d: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      4e: 0f0b                   ud2
