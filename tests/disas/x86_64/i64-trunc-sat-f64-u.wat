;; A saturating unsigned truncation.
(module (func (export "f") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 53 instructions, 237 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f82c9000000           jb 0xeb
;;      22: f20f1145e8             movsd qword ptr [rbp - 0x18], xmm0
;;   @0022: i64.trunc_sat_f64_u
;;      27: f20f1045e8             movsd xmm0, qword ptr [rbp - 0x18]
;;      2c: 31db                   xor ebx, ebx
;;      2e: 66400f2ec0             ucomisd xmm0, xmm0
;;      33: 400f95c6               setne sil
;;      37: 400fb6f6               movzx esi, sil
;;      3b: 410f9ac3               setp r11b
;;      3f: 450fb6db               movzx r11d, r11b
;;      43: 4409de                 or esi, r11d
;;      46: 85f6                   test esi, esi
;;      48: 0f8595000000           jne 0xe3
;;      4e: 31db                   xor ebx, ebx
;;      50: 49bb000000000000f0bf   movabs r11, 0xbff0000000000000
;;      5a: 66490f6ecb             movq xmm1, r11
;;      5f: 66400f2ec1             ucomisd xmm0, xmm1
;;      64: 400f97c6               seta sil
;;      68: 400fb6f6               movzx esi, sil
;;      6c: 85f6                   test esi, esi
;;      6e: 0f846f000000           je 0xe3
;;      74: 48c7c3ffffffff         mov rbx, 0xffffffffffffffff
;;      7b: 49bb000000000000f043   movabs r11, 0x43f0000000000000
;;      85: 66490f6ecb             movq xmm1, r11
;;      8a: 66400f2ec8             ucomisd xmm1, xmm0
;;      8f: 400f97c6               seta sil
;;      93: 400fb6f6               movzx esi, sil
;;      97: 85f6                   test esi, esi
;;      99: 0f8505000000           jne 0xa4
;;      9f: e93f000000             jmp 0xe3
;;      a4: 49bb000000000000e043   movabs r11, 0x43e0000000000000
;;      ae: 664d0f6efb             movq xmm15, r11
;;      b3: 66410f2ec7             ucomisd xmm0, xmm15
;;      b8: 0f830a000000           jae 0xc8
;;      be: f2480f2cd8             cvttsd2si rbx, xmm0
;;      c3: e91b000000             jmp 0xe3
;;      c8: 440f28f0               movaps xmm14, xmm0
;;      cc: f2450f5cf7             subsd xmm14, xmm15
;;      d1: f2490f2cde             cvttsd2si rbx, xmm14
;;      d6: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      e0: 4c31db                 xor rbx, r11
;;   @0024: end
;;      e3: 4889d8                 mov rax, rbx
;;      e6: 4889ec                 mov rsp, rbp
;;      e9: 5d                     pop rbp
;;      ea: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      eb: 0f0b                   ud2
