;; Sign-bit operators.
(module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.copysign f32.neg f32.abs))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 31 instructions, 161 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f826f000000           jb 0x9f
;;      30: f3400f118425e8ffffff   movss dword ptr [rbp + riz - 0x18], xmm0
;;      3a: f3400f118c25e0ffffff   movss dword ptr [rbp + riz - 0x20], xmm1
;;   @0025: f32.copysign
;;      44: f3400f108425e0ffffff   movss xmm0, dword ptr [rbp + riz - 0x20]
;;      4e: f3400f108c25e8ffffff   movss xmm1, dword ptr [rbp + riz - 0x18]
;;      58: 41bb00000080           mov r11d, 0x80000000
;;      5e: 664d0f6ef3             movq xmm14, r11
;;      63: 440f28f8               movaps xmm15, xmm0
;;      67: 450f54fe               andps xmm15, xmm14
;;      6b: 440f55f1               andnps xmm14, xmm1
;;      6f: 410f28ce               movaps xmm1, xmm14
;;      73: 410f56cf               orps xmm1, xmm15
;;   @0026: f32.neg
;;      77: 41bb00000080           mov r11d, 0x80000000
;;      7d: 664d0f6efb             movq xmm15, r11
;;      82: 410f57cf               xorps xmm1, xmm15
;;   @0027: f32.abs
;;      86: 41bbffffff7f           mov r11d, 0x7fffffff
;;      8c: 664d0f6efb             movq xmm15, r11
;;      91: 410f54cf               andps xmm1, xmm15
;;   @0028: end
;;      95: 400f28c1               movaps xmm0, xmm1
;;      99: 4889ec                 mov rsp, rbp
;;      9c: 405d                   pop rbp
;;      9e: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      9f: 0f0b                   ud2
