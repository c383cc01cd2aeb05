;; wasm `min`/`max` on f64 lanes.
(module
  (func (export "min") (param v128 v128) (result v128) (f64x2.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.max (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 28 instructions, 106 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f824d000000           jb 0x68
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @002e: f64x2.min
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 66440f5df8             minpd xmm15, xmm0
;;      3b: 440f28f0               movaps xmm14, xmm0
;;      3f: 66440f5df1             minpd xmm14, xmm1
;;      44: 450f56fe               orps xmm15, xmm14
;;      48: 66450fc2f703           cmpunordpd xmm14, xmm15
;;      4e: 450f56fe               orps xmm15, xmm14
;;      52: 66410f73d60d           psrlq xmm14, 0xd
;;      58: 410f28ce               movaps xmm1, xmm14
;;      5c: 410f55cf               andnps xmm1, xmm15
;;   @0031: end
;;      60: 0f28c1                 movaps xmm0, xmm1
;;      63: 4889ec                 mov rsp, rbp
;;      66: 5d                     pop rbp
;;      67: c3                     ret
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      68: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 29 instructions, 110 bytes
;;   @0029: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8251000000           jb 0x6c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0038: f64x2.max
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 66440f5ff8             maxpd xmm15, xmm0
;;      3b: 440f28f0               movaps xmm14, xmm0
;;      3f: 66440f5ff1             maxpd xmm14, xmm1
;;      44: 450f57f7               xorps xmm14, xmm15
;;      48: 450f56fe               orps xmm15, xmm14
;;      4c: 410f28cf               movaps xmm1, xmm15
;;      50: 66410fc2cf03           cmpunordpd xmm1, xmm15
;;      56: 66450f5cfe             subpd xmm15, xmm14
;;      5b: 660f73d10d             psrlq xmm1, 0xd
;;      60: 410f55cf               andnps xmm1, xmm15
;;   @003b: end
;;      64: 0f28c1                 movaps xmm0, xmm1
;;      67: 4889ec                 mov rsp, rbp
;;      6a: 5d                     pop rbp
;;      6b: c3                     ret
;;   @0033: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      6c: 0f0b                   ud2
