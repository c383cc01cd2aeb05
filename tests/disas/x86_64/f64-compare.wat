;; A float comparison: unordered operands make it false.
(module (func (export "f") (param f64 f64) (result i32) local.get 0 local.get 1 f64.lt))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 111 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823d000000           jb 0x6d
;;      30: f2400f118425e8ffffff   movsd qword ptr [rbp + riz - 0x18], xmm0
;;      3a: f2400f118c25e0ffffff   movsd qword ptr [rbp + riz - 0x20], xmm1
;;   @0025: f64.lt
;;      44: f2400f108425e0ffffff   movsd xmm0, qword ptr [rbp + riz - 0x20]
;;      4e: f2400f108c25e8ffffff   movsd xmm1, qword ptr [rbp + riz - 0x18]
;;      58: 66400f2ec1             ucomisd xmm0, xmm1
;;      5d: 0f97c3                 seta bl
;;      60: 400fb6db               movzx ebx, bl
;;   @0026: end
;;      64: 4089d8                 mov eax, ebx
;;      67: 4889ec                 mov rsp, rbp
;;      6a: 405d                   pop rbp
;;      6c: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f64 f64) (result i32)
;;      6d: 0f0b                   ud2
