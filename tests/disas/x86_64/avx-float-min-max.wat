;;! set has_avx=true
;; With AVX, wasm's f32x4.min and f64x2.max: vminps/vmaxpd in both operand orders and
;; vcmpunordps, the same operations as the SSE sequence without its copies.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.max (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 25 instructions, 96 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f823c000000           jb 0x5e
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @002e: f32x4.min
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: c5705df8               vminps xmm15, xmm1, xmm0
;;      3a: c5785df1               vminps xmm14, xmm0, xmm1
;;      3e: 450f56fe               orps xmm15, xmm14
;;      42: 450fc2f703             cmpunordps xmm14, xmm15
;;      47: 450f56fe               orps xmm15, xmm14
;;      4b: 66410f72d60a           psrld xmm14, 0xa
;;      51: c4c10855cf             vandnps xmm1, xmm14, xmm15
;;   @0031: end
;;      56: 0f28c1                 movaps xmm0, xmm1
;;      59: 4889ec                 mov rsp, rbp
;;      5c: 5d                     pop rbp
;;      5d: c3                     ret
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      5e: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 26 instructions, 100 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8240000000           jb 0x62
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0038: f64x2.max
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: c5715ff8               vmaxpd xmm15, xmm1, xmm0
;;      3a: c5795ff1               vmaxpd xmm14, xmm0, xmm1
;;      3e: 450f57f7               xorps xmm14, xmm15
;;      42: 450f56fe               orps xmm15, xmm14
;;      46: c4c101c2cf03           vcmpunordpd xmm1, xmm15, xmm15
;;      4c: 66450f5cfe             subpd xmm15, xmm14
;;      51: 660f73d10d             psrlq xmm1, 0xd
;;      56: 410f55cf               andnps xmm1, xmm15
;;   @003b: end
;;      5a: 0f28c1                 movaps xmm0, xmm1
;;      5d: 4889ec                 mov rsp, rbp
;;      60: 5d                     pop rbp
;;      61: c3                     ret
;;   @0033: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      62: 0f0b                   ud2
