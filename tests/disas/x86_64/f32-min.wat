;; f32.min: NaN and -0.0 handling around minss.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.min))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 140 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825a000000           jb 0x8a
;;      30: f3400f118425e8ffffff   movss dword ptr [rbp + riz - 0x18], xmm0
;;      3a: f3400f118c25e0ffffff   movss dword ptr [rbp + riz - 0x20], xmm1
;;   @0025: f32.min
;;      44: f3400f108425e0ffffff   movss xmm0, dword ptr [rbp + riz - 0x20]
;;      4e: f3400f108c25e8ffffff   movss xmm1, dword ptr [rbp + riz - 0x18]
;;      58: 400f2ec8               ucomiss xmm1, xmm0
;;      5c: 0f8a0f000000           jp 0x71
;;      62: 0f8513000000           jne 0x7b
;;      68: 400f56c8               orps xmm1, xmm0
;;      6c: e90f000000             jmp 0x80
;;      71: f3400f58c8             addss xmm1, xmm0
;;      76: e905000000             jmp 0x80
;;      7b: f3400f5dc8             minss xmm1, xmm0
;;   @0026: end
;;      80: 400f28c1               movaps xmm0, xmm1
;;      84: 4889ec                 mov rsp, rbp
;;      87: 405d                   pop rbp
;;      89: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      8a: 0f0b                   ud2
