;; A trapping float-to-int truncation.
(module (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_f32_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 41 instructions, 149 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8274000000           jb 0x8f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0022: i32.trunc_f32_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 0f2ec0                 ucomiss xmm0, xmm0
;;      2d: 400f95c6               setne sil
;;      31: 400fb6f6               movzx esi, sil
;;      35: 410f9ac3               setp r11b
;;      39: 450fb6db               movzx r11d, r11b
;;      3d: 4409de                 or esi, r11d
;;      40: 85f6                   test esi, esi
;;      42: 0f8549000000           jne 0x91
;;      48: 41bb010000cf           mov r11d, 0xcf000001
;;      4e: 66410f6ecb             movd xmm1, r11d
;;      53: 0f2ec1                 ucomiss xmm0, xmm1
;;      56: 400f97c6               seta sil
;;      5a: 400fb6f6               movzx esi, sil
;;      5e: 85f6                   test esi, esi
;;      60: 0f842d000000           je 0x93
;;      66: 41bb0000004f           mov r11d, 0x4f000000
;;      6c: 66410f6ecb             movd xmm1, r11d
;;      71: 0f2ec8                 ucomiss xmm1, xmm0
;;      74: 400f97c6               seta sil
;;      78: 400fb6f6               movzx esi, sil
;;      7c: 85f6                   test esi, esi
;;      7e: 0f840f000000           je 0x93
;;      84: f30f2cf0               cvttss2si esi, xmm0
;;   @0023: end
;;      88: 89f0                   mov eax, esi
;;      8a: 4889ec                 mov rsp, rbp
;;      8d: 5d                     pop rbp
;;      8e: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f32) (result i32)
;;      8f: 0f0b                   ud2
;;   @0022: i32.trunc_f32_s
;;      91: 0f0b                   ud2
;;      93: 0f0b                   ud2
