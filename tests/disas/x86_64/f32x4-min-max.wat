;; wasm `min`/`max` on f32 lanes (NaN and signed-zero rules) and the pseudo `pmin`/`pmax`.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f32x4.max (local.get 0) (local.get 1)))
  (func (export "pmin") (param v128 v128) (result v128) (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "pmax") (param v128 v128) (result v128) (f32x4.pmax (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 28 instructions, 103 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f824a000000           jb 0x65
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @003e: f32x4.min
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 440f5df8               minps xmm15, xmm0
;;      3a: 440f28f0               movaps xmm14, xmm0
;;      3e: 440f5df1               minps xmm14, xmm1
;;      42: 450f56fe               orps xmm15, xmm14
;;      46: 450fc2f703             cmpunordps xmm14, xmm15
;;      4b: 450f56fe               orps xmm15, xmm14
;;      4f: 66410f72d60a           psrld xmm14, 0xa
;;      55: 410f28ce               movaps xmm1, xmm14
;;      59: 410f55cf               andnps xmm1, xmm15
;;   @0041: end
;;      5d: 0f28c1                 movaps xmm0, xmm1
;;      60: 4889ec                 mov rsp, rbp
;;      63: 5d                     pop rbp
;;      64: c3                     ret
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      65: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 29 instructions, 106 bytes
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0048: f32x4.max
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 440f5ff8               maxps xmm15, xmm0
;;      3a: 440f28f0               movaps xmm14, xmm0
;;      3e: 440f5ff1               maxps xmm14, xmm1
;;      42: 450f57f7               xorps xmm14, xmm15
;;      46: 450f56fe               orps xmm15, xmm14
;;      4a: 410f28cf               movaps xmm1, xmm15
;;      4e: 410fc2cf03             cmpunordps xmm1, xmm15
;;      53: 450f5cfe               subps xmm15, xmm14
;;      57: 660f72d10a             psrld xmm1, 0xa
;;      5c: 410f55cf               andnps xmm1, xmm15
;;   @004b: end
;;      60: 0f28c1                 movaps xmm0, xmm1
;;      63: 4889ec                 mov rsp, rbp
;;      66: 5d                     pop rbp
;;      67: c3                     ret
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      68: 0f0b                   ud2
;; wasm[0]::function[2] (pmin): kindling, x86_64-unknown-linux-gnu: 21 instructions, 71 bytes
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822a000000           jb 0x45
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0052: f32x4.pmin
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 0f28c8                 movaps xmm1, xmm0
;;      39: 410f5dcf               minps xmm1, xmm15
;;   @0055: end
;;      3d: 0f28c1                 movaps xmm0, xmm1
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      45: 0f0b                   ud2
;; wasm[0]::function[3] (pmax): kindling, x86_64-unknown-linux-gnu: 21 instructions, 71 bytes
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822a000000           jb 0x45
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @005c: f32x4.pmax
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 0f28c8                 movaps xmm1, xmm0
;;      39: 410f5fcf               maxps xmm1, xmm15
;;   @005f: end
;;      3d: 0f28c1                 movaps xmm0, xmm1
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0057: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      45: 0f0b                   ud2
