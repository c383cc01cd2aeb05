;; A saturating unsigned truncation.
(module (func (export "f") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 53 instructions, 234 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f82c6000000           jb 0xe8
;;      22: f20f1145e8             movsd qword ptr [rbp - 0x18], xmm0
;;   @0022: i64.trunc_sat_f64_u
;;      27: f20f1045e8             movsd xmm0, qword ptr [rbp - 0x18]
;;      2c: 31db                   xor ebx, ebx
;;      2e: 660f2ec0               ucomisd xmm0, xmm0
;;      32: 400f95c6               setne sil
;;      36: 400fb6f6               movzx esi, sil
;;      3a: 410f9ac3               setp r11b
;;      3e: 450fb6db               movzx r11d, r11b
;;      42: 4409de                 or esi, r11d
;;      45: 85f6                   test esi, esi
;;      47: 0f8593000000           jne 0xe0
;;      4d: 31db                   xor ebx, ebx
;;      4f: 49bb000000000000f0bf   movabs r11, 0xbff0000000000000
;;      59: 66490f6ecb             movq xmm1, r11
;;      5e: 660f2ec1               ucomisd xmm0, xmm1
;;      62: 400f97c6               seta sil
;;      66: 400fb6f6               movzx esi, sil
;;      6a: 85f6                   test esi, esi
;;      6c: 0f846e000000           je 0xe0
;;      72: 48c7c3ffffffff         mov rbx, 0xffffffffffffffff
;;      79: 49bb000000000000f043   movabs r11, 0x43f0000000000000
;;      83: 66490f6ecb             movq xmm1, r11
;;      88: 660f2ec8               ucomisd xmm1, xmm0
;;      8c: 400f97c6               seta sil
;;      90: 400fb6f6               movzx esi, sil
;;      94: 85f6                   test esi, esi
;;      96: 0f8505000000           jne 0xa1
;;      9c: e93f000000             jmp 0xe0
;;      a1: 49bb000000000000e043   movabs r11, 0x43e0000000000000
;;      ab: 664d0f6efb             movq xmm15, r11
;;      b0: 66410f2ec7             ucomisd xmm0, xmm15
;;      b5: 0f830a000000           jae 0xc5
;;      bb: f2480f2cd8             cvttsd2si rbx, xmm0
;;      c0: e91b000000             jmp 0xe0
;;      c5: 440f28f0               movaps xmm14, xmm0
;;      c9: f2450f5cf7             subsd xmm14, xmm15
;;      ce: f2490f2cde             cvttsd2si rbx, xmm14
;;      d3: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      dd: 4c31db                 xor rbx, r11
;;   @0024: end
;;      e0: 4889d8                 mov rax, rbx
;;      e3: 4889ec                 mov rsp, rbp
;;      e6: 5d                     pop rbp
;;      e7: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      e8: 0f0b                   ud2
