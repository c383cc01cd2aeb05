;; f64.max.
(module (func (export "f") (param f64 f64) (result f64) local.get 0 local.get 1 f64.max))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 141 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825b000000           jb 0x8b
;;      30: f2400f118425e8ffffff   movsd qword ptr [rbp + riz - 0x18], xmm0
;;      3a: f2400f118c25e0ffffff   movsd qword ptr [rbp + riz - 0x20], xmm1
;;   @0025: f64.max
;;      44: f2400f108425e0ffffff   movsd xmm0, qword ptr [rbp + riz - 0x20]
;;      4e: f2400f108c25e8ffffff   movsd xmm1, qword ptr [rbp + riz - 0x18]
;;      58: 66400f2ec8             ucomisd xmm1, xmm0
;;      5d: 0f8a0f000000           jp 0x72
;;      63: 0f8513000000           jne 0x7c
;;      69: 400f54c8               andps xmm1, xmm0
;;      6d: e90f000000             jmp 0x81
;;      72: f2400f58c8             addsd xmm1, xmm0
;;      77: e905000000             jmp 0x81
;;      7c: f2400f5fc8             maxsd xmm1, xmm0
;;   @0026: end
;;      81: 400f28c1               movaps xmm0, xmm1
;;      85: 4889ec                 mov rsp, rbp
;;      88: 405d                   pop rbp
;;      8a: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result f64)
;;      8b: 0f0b                   ud2
