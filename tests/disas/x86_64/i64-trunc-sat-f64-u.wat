;; A saturating unsigned truncation.
(module (func (export "f") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 53 instructions, 267 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82d9000000           jb 0x109
;;      30: f2400f118425e8ffffff   movsd qword ptr [rbp + riz - 0x18], xmm0
;;   @0022: i64.trunc_sat_f64_u
;;      3a: f2400f108425e8ffffff   movsd xmm0, qword ptr [rbp + riz - 0x18]
;;      44: 4031db                 xor ebx, ebx
;;      47: 66400f2ec0             ucomisd xmm0, xmm0
;;      4c: 400f95c6               setne sil
;;      50: 400fb6f6               movzx esi, sil
;;      54: 410f9ac3               setp r11b
;;      58: 450fb6db               movzx r11d, r11b
;;      5c: 4409de                 or esi, r11d
;;      5f: 4085f6                 test esi, esi
;;      62: 0f8598000000           jne 0x100
;;      68: 4031db                 xor ebx, ebx
;;      6b: 49bb000000000000f0bf   movabs r11, 0xbff0000000000000
;;      75: 66490f6ecb             movq xmm1, r11
;;      7a: 66400f2ec1             ucomisd xmm0, xmm1
;;      7f: 400f97c6               seta sil
;;      83: 400fb6f6               movzx esi, sil
;;      87: 4085f6                 test esi, esi
;;      8a: 0f8470000000           je 0x100
;;      90: 48c7c3ffffffff         mov rbx, 0xffffffffffffffff
;;      97: 49bb000000000000f043   movabs r11, 0x43f0000000000000
;;      a1: 66490f6ecb             movq xmm1, r11
;;      a6: 66400f2ec8             ucomisd xmm1, xmm0
;;      ab: 400f97c6               seta sil
;;      af: 400fb6f6               movzx esi, sil
;;      b3: 4085f6                 test esi, esi
;;      b6: 0f8505000000           jne 0xc1
;;      bc: e93f000000             jmp 0x100
;;      c1: 49bb000000000000e043   movabs r11, 0x43e0000000000000
;;      cb: 664d0f6efb             movq xmm15, r11
;;      d0: 66410f2ec7             ucomisd xmm0, xmm15
;;      d5: 0f830a000000           jae 0xe5
;;      db: f2480f2cd8             cvttsd2si rbx, xmm0
;;      e0: e91b000000             jmp 0x100
;;      e5: 440f28f0               movaps xmm14, xmm0
;;      e9: f2450f5cf7             subsd xmm14, xmm15
;;      ee: f2490f2cde             cvttsd2si rbx, xmm14
;;      f3: 49bb0000000000000080   movabs r11, 0x8000000000000000
;;      fd: 4c31db                 xor rbx, r11
;;   @0024: end
;;     100: 4889d8                 mov rax, rbx
;;     103: 4889ec                 mov rsp, rbp
;;     106: 405d                   pop rbp
;;     108: c3                     ret
;;   @001f: (func (;0;) (type 0) (param f64) (result i64)
;;     109: 0f0b                   ud2
