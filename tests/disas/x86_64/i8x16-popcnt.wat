;; i8x16.popcnt: NEON's cnt; on x86_64, SSE2 bit counting within each byte.
(module (func (export "f") (param v128) (result v128) (i8x16.popcnt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 37 instructions, 177 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8294000000           jb 0xaf
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0022: i8x16.popcnt
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 49bb5555555555555555   movabs r11, 0x5555555555555555
;;      34: 664d0f6ef3             movq xmm14, r11
;;      39: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      3f: 440f28f8               movaps xmm15, xmm0
;;      43: 66410f71d701           psrlw xmm15, 1
;;      49: 66450fdbfe             pand xmm15, xmm14
;;      4e: 66410ff8c7             psubb xmm0, xmm15
;;      53: 49bb3333333333333333   movabs r11, 0x3333333333333333
;;      5d: 664d0f6ef3             movq xmm14, r11
;;      62: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      68: 440f28f8               movaps xmm15, xmm0
;;      6c: 66410f71d702           psrlw xmm15, 2
;;      72: 66450fdbfe             pand xmm15, xmm14
;;      77: 66410fdbc6             pand xmm0, xmm14
;;      7c: 66410ffcc7             paddb xmm0, xmm15
;;      81: 440f28f8               movaps xmm15, xmm0
;;      85: 66410f71d704           psrlw xmm15, 4
;;      8b: 66410ffcc7             paddb xmm0, xmm15
;;      90: 49bb0f0f0f0f0f0f0f0f   movabs r11, 0xf0f0f0f0f0f0f0f
;;      9a: 664d0f6ef3             movq xmm14, r11
;;      9f: 66450f70f644           pshufd xmm14, xmm14, 0x44
;;      a5: 66410fdbc6             pand xmm0, xmm14
;;   @0024: end
;;      aa: 4889ec                 mov rsp, rbp
;;      ad: 5d                     pop rbp
;;      ae: c3                     ret
;;   @001f: (func (;0;) (type 0) (param v128) (result v128)
;;      af: 0f0b                   ud2
