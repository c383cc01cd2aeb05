;; i64x2.mul has no instruction on SSE4 or NEON: x86_64 builds it from 32-bit halves with
;; pmuludq, aarch64 multiplies each lane in general registers.
(module
  (func (export "f") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 30 instructions, 119 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f825a000000           jb 0x75
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0025: i64x2.mul
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 66410f73d720           psrlq xmm15, 0x20
;;      3c: 66440ff4f8             pmuludq xmm15, xmm0
;;      41: 440f28f0               movaps xmm14, xmm0
;;      45: 66410f73d620           psrlq xmm14, 0x20
;;      4b: 66440ff4f1             pmuludq xmm14, xmm1
;;      50: 66450fd4fe             paddq xmm15, xmm14
;;      55: 66410f73f720           psllq xmm15, 0x20
;;      5b: 440f28f1               movaps xmm14, xmm1
;;      5f: 66440ff4f0             pmuludq xmm14, xmm0
;;      64: 410f28ce               movaps xmm1, xmm14
;;      68: 66410fd4cf             paddq xmm1, xmm15
;;   @0028: end
;;      6d: 0f28c1                 movaps xmm0, xmm1
;;      70: 4889ec                 mov rsp, rbp
;;      73: 5d                     pop rbp
;;      74: c3                     ret
;;   @0020: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      75: 0f0b                   ud2
