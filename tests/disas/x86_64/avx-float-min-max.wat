;;! set has_avx=true
;; With AVX, wasm's f32x4.min and f64x2.max: vminps/vmaxpd in both operand orders and
;; vcmpunordps, the same operations as the SSE sequence without its copies.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.max (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 25 instructions, 92 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f823f000000           jb 0x5a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @002e: f32x4.min
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: c5705df8               vminps xmm15, xmm1, xmm0
;;      36: c5785df1               vminps xmm14, xmm0, xmm1
;;      3a: 450f56fe               orps xmm15, xmm14
;;      3e: 450fc2f703             cmpunordps xmm14, xmm15
;;      43: 450f56fe               orps xmm15, xmm14
;;      47: 66410f72d60a           psrld xmm14, 0xa
;;      4d: c4c10855cf             vandnps xmm1, xmm14, xmm15
;;   @0031: end
;;      52: 0f28c1                 movaps xmm0, xmm1
;;      55: 4889ec                 mov rsp, rbp
;;      58: 5d                     pop rbp
;;      59: c3                     ret
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      5a: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 26 instructions, 96 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8243000000           jb 0x5e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0038: f64x2.max
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: c5715ff8               vmaxpd xmm15, xmm1, xmm0
;;      36: c5795ff1               vmaxpd xmm14, xmm0, xmm1
;;      3a: 450f57f7               xorps xmm14, xmm15
;;      3e: 450f56fe               orps xmm15, xmm14
;;      42: c4c101c2cf03           vcmpunordpd xmm1, xmm15, xmm15
;;      48: 66450f5cfe             subpd xmm15, xmm14
;;      4d: 660f73d10d             psrlq xmm1, 0xd
;;      52: 410f55cf               andnps xmm1, xmm15
;;   @003b: end
;;      56: 0f28c1                 movaps xmm0, xmm1
;;      59: 4889ec                 mov rsp, rbp
;;      5c: 5d                     pop rbp
;;      5d: c3                     ret
;;   @0033: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      5e: 0f0b                   ud2
