;; f64 multiply, divide, subtract.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.mul local.get 1 f64.div local.get 0 f64.sub))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 135 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8255000000           jb 0x85
;;      30: f2400f118425e8ffffff   movsd qword ptr [rbp + riz - 0x18], xmm0
;;      3a: f2400f118c25e0ffffff   movsd qword ptr [rbp + riz - 0x20], xmm1
;;   @0025: f64.mul
;;      44: f2400f108425e0ffffff   movsd xmm0, qword ptr [rbp + riz - 0x20]
;;      4e: f2400f108c25e8ffffff   movsd xmm1, qword ptr [rbp + riz - 0x18]
;;      58: f2400f59c8             mulsd xmm1, xmm0
;;   @0028: f64.div
;;      5d: f2400f108425e0ffffff   movsd xmm0, qword ptr [rbp + riz - 0x20]
;;      67: f2400f5ec8             divsd xmm1, xmm0
;;   @002b: f64.sub
;;      6c: f2400f108425e8ffffff   movsd xmm0, qword ptr [rbp + riz - 0x18]
;;      76: f2400f5cc8             subsd xmm1, xmm0
;;   @002c: end
;;      7b: 400f28c1               movaps xmm0, xmm1
;;      7f: 4889ec                 mov rsp, rbp
;;      82: 405d                   pop rbp
;;      84: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      85: 0f0b                   ud2
