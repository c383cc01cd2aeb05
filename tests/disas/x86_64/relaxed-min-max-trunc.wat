;; Relaxed min/max and truncations.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "trunc") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 21 instructions, 71 bytes
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
;;   @003c: f32x4.relaxed_min
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 0f28c8                 movaps xmm1, xmm0
;;      39: 410f5dcf               minps xmm1, xmm15
;;   @003f: end
;;      3d: 0f28c1                 movaps xmm0, xmm1
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      45: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 21 instructions, 72 bytes
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822b000000           jb 0x46
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0046: f64x2.relaxed_max
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 0f28c8                 movaps xmm1, xmm0
;;      39: 66410f5fcf             maxpd xmm1, xmm15
;;   @0049: end
;;      3e: 0f28c1                 movaps xmm0, xmm1
;;      41: 4889ec                 mov rsp, rbp
;;      44: 5d                     pop rbp
;;      45: c3                     ret
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      46: 0f0b                   ud2
;; wasm[0]::function[2] (trunc): kindling, x86_64-unknown-linux-gnu: 16 instructions, 53 bytes
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8218000000           jb 0x33
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @004e: i32x4.relaxed_trunc_f32x4_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f30f5bc0               cvttps2dq xmm0, xmm0
;;   @0051: end
;;      2e: 4889ec                 mov rsp, rbp
;;      31: 5d                     pop rbp
;;      32: c3                     ret
;;   @004b: (func (;2;) (type 1) (param v128) (result v128)
;;      33: 0f0b                   ud2
