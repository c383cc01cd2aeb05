;;! set enable_nan_canonicalization=true
;; With NaN canonicalization on, a NaN result is replaced by the canonical 0x7fc00000.
(module (func (export "f") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 147 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8261000000           jb 0x91
;;      30: f3400f118425e8ffffff   movss dword ptr [rbp + riz - 0x18], xmm0
;;      3a: f3400f118c25e0ffffff   movss dword ptr [rbp + riz - 0x20], xmm1
;;   @0025: f32.add
;;      44: f3400f108425e0ffffff   movss xmm0, dword ptr [rbp + riz - 0x20]
;;      4e: f3400f108c25e8ffffff   movss xmm1, dword ptr [rbp + riz - 0x18]
;;      58: f3400f58c8             addss xmm1, xmm0
;;      5d: 400f2ec9               ucomiss xmm1, xmm1
;;      61: 0f95c3                 setne bl
;;      64: 400fb6db               movzx ebx, bl
;;      68: 410f9ac3               setp r11b
;;      6c: 450fb6db               movzx r11d, r11b
;;      70: 4409db                 or ebx, r11d
;;      73: 4085db                 test ebx, ebx
;;      76: 0f840b000000           je 0x87
;;      7c: 41bb0000c07f           mov r11d, 0x7fc00000
;;      82: 66410f6ecb             movd xmm1, r11d
;;   @0026: end
;;      87: 400f28c1               movaps xmm0, xmm1
;;      8b: 4889ec                 mov rsp, rbp
;;      8e: 405d                   pop rbp
;;      90: c3                     ret
;;   @0020: (func (;0;) (type 0) (param f32 f32) (result f32)
;;      91: 0f0b                   ud2
