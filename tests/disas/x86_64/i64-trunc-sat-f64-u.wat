;; A saturating unsigned truncation.
(module (func (export "f") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 53 instructions, 232 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f82cb000000           jb 0xe6
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0022: i64.trunc_sat_f64_u
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 31f6                   xor esi, esi
;;      2c: 660f2ec0               ucomisd xmm0, xmm0
;;      30: 400f95c7               setne dil
;;      34: 400fb6ff               movzx edi, dil
;;      38: 410f9ac3               setp r11b
;;      3c: 450fb6db               movzx r11d, r11b
;;      40: 4409df                 or edi, r11d
;;      43: 85ff                   test edi, edi
;;      45: 0f8593000000           jne 0xde
;;      4b: 31f6                   xor esi, esi
;;      4d: 49bb000000000000f0bf   movabs r11, 0xbff0000000000000
;;      57: 66490f6ecb             movq xmm1, r11
;;      5c: 660f2ec1               ucomisd xmm0, xmm1
;;      60: 400f97c7               seta dil
;;      64: 400fb6ff               movzx edi, dil
;;      68: 85ff                   test edi, edi
;;      6a: 0f846e000000           je 0xde
;;      70: 48c7c6ffffffff         mov rsi, 0xffffffffffffffff
;;      77: 49bb000000000000f043   movabs r11, 0x43f0000000000000
;;      81: 66490f6ecb             movq xmm1, r11
;;      86: 660f2ec8               ucomisd xmm1, xmm0
;;      8a: 400f97c7               seta dil
;;      8e: 400fb6ff               movzx edi, dil
;;      92: 85ff                   test edi, edi
;;      94: 0f8505000000           jne 0x9f
;;      9a: e93f000000             jmp 0xde
;;      9f: 49bb000000000000e043   movabs r11, 0x43e0000000000000
;;      a9: 664d0f6efb             movq xmm15, r11
;;      ae: 66410f2ec7             ucomisd xmm0, xmm15
;;      b3: 0f830a000000           jae 0xc3
;;      b9: f2480f2cf0             cvttsd2si rsi, xmm0
;;      be: e91b000000             jmp 0xde
;;      c3: 440f28f0               movaps xmm14, xmm0
;;      c7: f2450f5cf7             subsd xmm14, xmm15
;;      cc: f2490f2cf6             cvttsd2si rsi, xmm14
;;      d1: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      db: 4c31de                 xor rsi, r11
;;   @0024: end
;;      de: 4889f0                 mov rax, rsi
;;      e1: 4889ec                 mov rsp, rbp
;;      e4: 5d                     pop rbp
;;      e5: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;      e6: 0f0b                   ud2
