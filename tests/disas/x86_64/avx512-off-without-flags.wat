;;! set has_avx=true
;;! set has_avx512f=true
;; AVX-512F without AVX512VL and DQ is not enough for the xmm forms: i64x2.mul is the
;; pmuludq sequence (in VEX form) and i64x2.abs the compare-and-negate one.
(module
  (func (export "mul") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1)))
  (func (export "abs") (param v128) (result v128) (i64x2.abs (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (mul): kindling, x86_64-unknown-linux-gnu: 26 instructions, 100 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8247000000           jb 0x62
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0033: i64x2.mul
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: c58173d120             vpsrlq xmm15, xmm1, 0x20
;;      37: 66440ff4f8             pmuludq xmm15, xmm0
;;      3c: c58973d020             vpsrlq xmm14, xmm0, 0x20
;;      41: 66440ff4f1             pmuludq xmm14, xmm1
;;      46: 66450fd4fe             paddq xmm15, xmm14
;;      4b: 66410f73f720           psllq xmm15, 0x20
;;      51: c571f4f0               vpmuludq xmm14, xmm1, xmm0
;;      55: c4c109d4cf             vpaddq xmm1, xmm14, xmm15
;;   @0036: end
;;      5a: 0f28c1                 movaps xmm0, xmm1
;;      5d: 4889ec                 mov rsp, rbp
;;      60: 5d                     pop rbp
;;      61: c3                     ret
;;   @002e: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      62: 0f0b                   ud2
;; wasm[0]::function[1] (abs): kindling, x86_64-unknown-linux-gnu: 19 instructions, 70 bytes
;;   @002e: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8229000000           jb 0x44
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @003b: i64x2.abs
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450feff6             pxor xmm14, xmm14
;;      2f: 66440f3837f0           pcmpgtq xmm14, xmm0
;;      35: c4c179efc6             vpxor xmm0, xmm0, xmm14
;;      3a: c4c179fbc6             vpsubq xmm0, xmm0, xmm14
;;   @003e: end
;;      3f: 4889ec                 mov rsp, rbp
;;      42: 5d                     pop rbp
;;      43: c3                     ret
;;   @0038: (func (;1;) (type 1) (param v128) (result v128)
;;      44: 0f0b                   ud2
