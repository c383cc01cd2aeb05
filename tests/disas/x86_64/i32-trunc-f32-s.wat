;; A trapping float-to-int truncation.
(module (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_f32_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 41 instructions, 181 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f827f000000           jb 0xaf
;;      30: f3400f118425e8ffffff   movss dword ptr [rbp + riz - 0x18], xmm0
;;   @0022: i32.trunc_f32_s
;;      3a: f3400f108425e8ffffff   movss xmm0, dword ptr [rbp + riz - 0x18]
;;      44: 400f2ec0               ucomiss xmm0, xmm0
;;      48: 0f95c3                 setne bl
;;      4b: 400fb6db               movzx ebx, bl
;;      4f: 410f9ac3               setp r11b
;;      53: 450fb6db               movzx r11d, r11b
;;      57: 4409db                 or ebx, r11d
;;      5a: 4085db                 test ebx, ebx
;;      5d: 0f854e000000           jne 0xb1
;;      63: 41bb010000cf           mov r11d, 0xcf000001
;;      69: 66410f6ecb             movd xmm1, r11d
;;      6e: 400f2ec1               ucomiss xmm0, xmm1
;;      72: 0f97c3                 seta bl
;;      75: 400fb6db               movzx ebx, bl
;;      79: 4085db                 test ebx, ebx
;;      7c: 0f8431000000           je 0xb3
;;      82: 41bb0000004f           mov r11d, 0x4f000000
;;      88: 66410f6ecb             movd xmm1, r11d
;;      8d: 400f2ec8               ucomiss xmm1, xmm0
;;      91: 0f97c3                 seta bl
;;      94: 400fb6db               movzx ebx, bl
;;      98: 4085db                 test ebx, ebx
;;      9b: 0f8412000000           je 0xb3
;;      a1: f3400f2cd8             cvttss2si ebx, xmm0
;;   @0023: end
;;      a6: 4089d8                 mov eax, ebx
;;      a9: 4889ec                 mov rsp, rbp
;;      ac: 405d                   pop rbp
;;      ae: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f32) (result i32)
;;      af: 0f0b                   ud2
;;   @0022: i32.trunc_f32_s
;;      b1: 0f0b                   ud2
;;      b3: 0f0b                   ud2
