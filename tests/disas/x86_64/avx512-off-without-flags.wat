;;! set has_avx=true
;;! set has_avx512f=true
;; AVX-512F without AVX512VL and DQ is not enough for the xmm forms: i64x2.mul is the
;; pmuludq sequence (in VEX form) and i64x2.abs the compare-and-negate one.
(module
  (func (export "mul") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1)))
  (func (export "abs") (param v128) (result v128) (i64x2.abs (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (mul): kindling, x86_64-unknown-linux-gnu: 26 instructions, 104 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8244000000           jb 0x66
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0033: i64x2.mul
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: c58173d120             vpsrlq xmm15, xmm1, 0x20
;;      3b: 66440ff4f8             pmuludq xmm15, xmm0
;;      40: c58973d020             vpsrlq xmm14, xmm0, 0x20
;;      45: 66440ff4f1             pmuludq xmm14, xmm1
;;      4a: 66450fd4fe             paddq xmm15, xmm14
;;      4f: 66410f73f720           psllq xmm15, 0x20
;;      55: c571f4f0               vpmuludq xmm14, xmm1, xmm0
;;      59: c4c109d4cf             vpaddq xmm1, xmm14, xmm15
;;   @0036: end
;;      5e: 0f28c1                 movaps xmm0, xmm1
;;      61: 4889ec                 mov rsp, rbp
;;      64: 5d                     pop rbp
;;      65: c3                     ret
;;   @002e: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      66: 0f0b                   ud2
;; wasm[0]::function[1] (abs): kindling, x86_64-unknown-linux-gnu: 19 instructions, 72 bytes
;;   @002e: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8224000000           jb 0x46
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @003b: i64x2.abs
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66450feff6             pxor xmm14, xmm14
;;      31: 66440f3837f0           pcmpgtq xmm14, xmm0
;;      37: c4c179efc6             vpxor xmm0, xmm0, xmm14
;;      3c: c4c179fbc6             vpsubq xmm0, xmm0, xmm14
;;   @003e: end
;;      41: 4889ec                 mov rsp, rbp
;;      44: 5d                     pop rbp
;;      45: c3                     ret
;;   @0038: (func (;1;) (type 1) (param v128) (result v128)
;;      46: 0f0b                   ud2
