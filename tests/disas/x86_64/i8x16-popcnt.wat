;; i8x16.popcnt: NEON's cnt; on x86_64, SSE2 bit counting within each byte.
(module (func (export "f") (param v128) (result v128) (i8x16.popcnt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 37 instructions, 204 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f829a000000           jb 0xca
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0022: i8x16.popcnt
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 49bb5555555555555555   movabs r11, 0x5555555555555555
;;      4e: 664d0f6ef3             movq xmm14, r11
;;      53: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      59: 440f28f8               movaps xmm15, xmm0
;;      5d: 66410f71d701           psrlw xmm15, 1
;;      63: 66450fdbfe             pand xmm15, xmm14
;;      68: 66410ff8c7             psubb xmm0, xmm15
;;      6d: 49bb3333333333333333   movabs r11, 0x3333333333333333
;;      77: 664d0f6ef3             movq xmm14, r11
;;      7c: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      82: 440f28f8               movaps xmm15, xmm0
;;      86: 66410f71d702           psrlw xmm15, 2
;;      8c: 66450fdbfe             pand xmm15, xmm14
;;      91: 66410fdbc6             pand xmm0, xmm14
;;      96: 66410ffcc7             paddb xmm0, xmm15
;;      9b: 440f28f8               movaps xmm15, xmm0
;;      9f: 66410f71d704           psrlw xmm15, 4
;;      a5: 66410ffcc7             paddb xmm0, xmm15
;;      aa: 49bb0f0f0f0f0f0f0f0f   movabs r11, 0xf0f0f0f0f0f0f0f
;;      b4: 664d0f6ef3             movq xmm14, r11
;;      b9: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      bf: 66410fdbc6             pand xmm0, xmm14
;;   @0024: end
;;      c4: 4889ec                 mov rsp, rbp
;;      c7: 405d                   pop rbp
;;      c9: c3                     ret
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      ca: 0f0b                   ud2
