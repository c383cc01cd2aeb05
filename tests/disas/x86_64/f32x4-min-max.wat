;; wasm `min`/`max` on f32 lanes (NaN and signed-zero rules) and the pseudo `pmin`/`pmax`.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f32x4.max (local.get 0) (local.get 1)))
  (func (export "pmin") (param v128 v128) (result v128) (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "pmax") (param v128 v128) (result v128) (f32x4.pmax (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 28 instructions, 107 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8247000000           jb 0x69
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @003e: f32x4.min
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 440f5df8               minps xmm15, xmm0
;;      3e: 440f28f0               movaps xmm14, xmm0
;;      42: 440f5df1               minps xmm14, xmm1
;;      46: 450f56fe               orps xmm15, xmm14
;;      4a: 450fc2f703             cmpunordps xmm14, xmm15
;;      4f: 450f56fe               orps xmm15, xmm14
;;      53: 66410f72d60a           psrld xmm14, 0xa
;;      59: 410f28ce               movaps xmm1, xmm14
;;      5d: 410f55cf               andnps xmm1, xmm15
;;   @0041: end
;;      61: 0f28c1                 movaps xmm0, xmm1
;;      64: 4889ec                 mov rsp, rbp
;;      67: 5d                     pop rbp
;;      68: c3                     ret
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      69: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 29 instructions, 110 bytes
;;   @0039: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f824a000000           jb 0x6c
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0048: f32x4.max
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 440f5ff8               maxps xmm15, xmm0
;;      3e: 440f28f0               movaps xmm14, xmm0
;;      42: 440f5ff1               maxps xmm14, xmm1
;;      46: 450f57f7               xorps xmm14, xmm15
;;      4a: 450f56fe               orps xmm15, xmm14
;;      4e: 410f28cf               movaps xmm1, xmm15
;;      52: 410fc2cf03             cmpunordps xmm1, xmm15
;;      57: 450f5cfe               subps xmm15, xmm14
;;      5b: 660f72d10a             psrld xmm1, 0xa
;;      60: 410f55cf               andnps xmm1, xmm15
;;   @004b: end
;;      64: 0f28c1                 movaps xmm0, xmm1
;;      67: 4889ec                 mov rsp, rbp
;;      6a: 5d                     pop rbp
;;      6b: c3                     ret
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      6c: 0f0b                   ud2
;; wasm[0]::function[2] (pmin): kindling, x86_64-unknown-linux-gnu: 21 instructions, 75 bytes
;;   @0043: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8227000000           jb 0x49
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0052: f32x4.pmin
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 0f28c8                 movaps xmm1, xmm0
;;      3d: 410f5dcf               minps xmm1, xmm15
;;   @0055: end
;;      41: 0f28c1                 movaps xmm0, xmm1
;;      44: 4889ec                 mov rsp, rbp
;;      47: 5d                     pop rbp
;;      48: c3                     ret
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      49: 0f0b                   ud2
;; wasm[0]::function[3] (pmax): kindling, x86_64-unknown-linux-gnu: 21 instructions, 75 bytes
;;   @004d: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8227000000           jb 0x49
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @005c: f32x4.pmax
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 0f28c8                 movaps xmm1, xmm0
;;      3d: 410f5fcf               maxps xmm1, xmm15
;;   @005f: end
;;      41: 0f28c1                 movaps xmm0, xmm1
;;      44: 4889ec                 mov rsp, rbp
;;      47: 5d                     pop rbp
;;      48: c3                     ret
;;   @0057: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      49: 0f0b                   ud2
