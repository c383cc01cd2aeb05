;; A trapping float-to-int truncation.
(module (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_f32_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 41 instructions, 152 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8270000000           jb 0x92
;;      22: f30f1145e8             movss dword ptr [rbp - 0x18], xmm0
;;   @0022: i32.trunc_f32_s
;;      27: f30f1045e8             movss xmm0, dword ptr [rbp - 0x18]
;;      2c: 400f2ec0               ucomiss xmm0, xmm0
;;      30: 0f95c3                 setne bl
;;      33: 400fb6db               movzx ebx, bl
;;      37: 410f9ac3               setp r11b
;;      3b: 450fb6db               movzx r11d, r11b
;;      3f: 4409db                 or ebx, r11d
;;      42: 85db                   test ebx, ebx
;;      44: 0f854a000000           jne 0x94
;;      4a: 41bb010000cf           mov r11d, 0xcf000001
;;      50: 66410f6ecb             movd xmm1, r11d
;;      55: 400f2ec1               ucomiss xmm0, xmm1
;;      59: 0f97c3                 seta bl
;;      5c: 400fb6db               movzx ebx, bl
;;      60: 85db                   test ebx, ebx
;;      62: 0f842e000000           je 0x96
;;      68: 41bb0000004f           mov r11d, 0x4f000000
;;      6e: 66410f6ecb             movd xmm1, r11d
;;      73: 400f2ec8               ucomiss xmm1, xmm0
;;      77: 0f97c3                 seta bl
;;      7a: 400fb6db               movzx ebx, bl
;;      7e: 85db                   test ebx, ebx
;;      80: 0f8410000000           je 0x96
;;      86: f3400f2cd8             cvttss2si ebx, xmm0
;;   @0023: end
;;      8b: 89d8                   mov eax, ebx
;;      8d: 4889ec                 mov rsp, rbp
;;      90: 5d                     pop rbp
;;      91: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f32) (result i32)
;;      92: 0f0b                   ud2
;;   @0022: i32.trunc_f32_s
;;      94: 0f0b                   ud2
;;      96: 0f0b                   ud2
