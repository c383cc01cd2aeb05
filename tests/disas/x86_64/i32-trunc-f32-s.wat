;; A trapping float-to-int truncation.
(module (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_f32_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 41 instructions, 145 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8269000000           jb 0x8b
;;      22: f30f1145e8             movss dword ptr [rbp - 0x18], xmm0
;;   @0022: i32.trunc_f32_s
;;      27: f30f1045e8             movss xmm0, dword ptr [rbp - 0x18]
;;      2c: 0f2ec0                 ucomiss xmm0, xmm0
;;      2f: 0f95c3                 setne bl
;;      32: 0fb6db                 movzx ebx, bl
;;      35: 410f9ac3               setp r11b
;;      39: 450fb6db               movzx r11d, r11b
;;      3d: 4409db                 or ebx, r11d
;;      40: 85db                   test ebx, ebx
;;      42: 0f8545000000           jne 0x8d
;;      48: 41bb010000cf           mov r11d, 0xcf000001
;;      4e: 66410f6ecb             movd xmm1, r11d
;;      53: 0f2ec1                 ucomiss xmm0, xmm1
;;      56: 0f97c3                 seta bl
;;      59: 0fb6db                 movzx ebx, bl
;;      5c: 85db                   test ebx, ebx
;;      5e: 0f842b000000           je 0x8f
;;      64: 41bb0000004f           mov r11d, 0x4f000000
;;      6a: 66410f6ecb             movd xmm1, r11d
;;      6f: 0f2ec8                 ucomiss xmm1, xmm0
;;      72: 0f97c3                 seta bl
;;      75: 0fb6db                 movzx ebx, bl
;;      78: 85db                   test ebx, ebx
;;      7a: 0f840f000000           je 0x8f
;;      80: f30f2cd8               cvttss2si ebx, xmm0
;;   @0023: end
;;      84: 89d8                   mov eax, ebx
;;      86: 4889ec                 mov rsp, rbp
;;      89: 5d                     pop rbp
;;      8a: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f32) (result i32)
;;      8b: 0f0b                   ud2
;;   @0022: i32.trunc_f32_s
;;      8d: 0f0b                   ud2
;;      8f: 0f0b                   ud2
