;; i8x16.popcnt: NEON's cnt; on x86_64, SSE2 bit counting within each byte.
(module (func (export "f") (param v128) (result v128) (i8x16.popcnt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 37 instructions, 179 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f828f000000           jb 0xb1
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0022: i8x16.popcnt
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 49bb5555555555555555   movabs r11, 0x5555555555555555
;;      36: 664d0f6ef3             movq xmm14, r11
;;      3b: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      41: 440f28f8               movaps xmm15, xmm0
;;      45: 66410f71d701           psrlw xmm15, 1
;;      4b: 66450fdbfe             pand xmm15, xmm14
;;      50: 66410ff8c7             psubb xmm0, xmm15
;;      55: 49bb3333333333333333   movabs r11, 0x3333333333333333
;;      5f: 664d0f6ef3             movq xmm14, r11
;;      64: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      6a: 440f28f8               movaps xmm15, xmm0
;;      6e: 66410f71d702           psrlw xmm15, 2
;;      74: 66450fdbfe             pand xmm15, xmm14
;;      79: 66410fdbc6             pand xmm0, xmm14
;;      7e: 66410ffcc7             paddb xmm0, xmm15
;;      83: 440f28f8               movaps xmm15, xmm0
;;      87: 66410f71d704           psrlw xmm15, 4
;;      8d: 66410ffcc7             paddb xmm0, xmm15
;;      92: 49bb0f0f0f0f0f0f0f0f   movabs r11, 0xf0f0f0f0f0f0f0f
;;      9c: 664d0f6ef3             movq xmm14, r11
;;      a1: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      a7: 66410fdbc6             pand xmm0, xmm14
;;   @0024: end
;;      ac: 4889ec                 mov rsp, rbp
;;      af: 5d                     pop rbp
;;      b0: c3                     ret
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      b1: 0f0b                   ud2
