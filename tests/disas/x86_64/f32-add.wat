;; f32.add.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 105 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8237000000           jb 0x67
;;      30: f3400f118425e8ffffff   movss dword ptr [rbp + riz - 0x18], xmm0
;;      3a: f3400f118c25e0ffffff   movss dword ptr [rbp + riz - 0x20], xmm1
;;   @0025: f32.add
;;      44: f3400f108425e0ffffff   movss xmm0, dword ptr [rbp + riz - 0x20]
;;      4e: f3400f108c25e8ffffff   movss xmm1, dword ptr [rbp + riz - 0x18]
;;      58: f3400f58c8             addss xmm1, xmm0
;;   @0026: end
;;      5d: 400f28c1               movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      67: 0f0b                   ud2
