;; Relaxed min/max and truncations.
(module
  (func (export "min") (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "trunc") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min): kindling, x86_64-unknown-linux-gnu: 21 instructions, 75 bytes
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
;;   @003c: f32x4.relaxed_min
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 0f28c8                 movaps xmm1, xmm0
;;      3d: 410f5dcf               minps xmm1, xmm15
;;   @003f: end
;;      41: 0f28c1                 movaps xmm0, xmm1
;;      44: 4889ec                 mov rsp, rbp
;;      47: 5d                     pop rbp
;;      48: c3                     ret
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      49: 0f0b                   ud2
;; wasm[0]::function[1] (max): kindling, x86_64-unknown-linux-gnu: 21 instructions, 76 bytes
;;   @0037: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8228000000           jb 0x4a
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0046: f64x2.relaxed_max
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 0f28c8                 movaps xmm1, xmm0
;;      3d: 66410f5fcf             maxpd xmm1, xmm15
;;   @0049: end
;;      42: 0f28c1                 movaps xmm0, xmm1
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4a: 0f0b                   ud2
;; wasm[0]::function[2] (trunc): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
;;   @0041: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8213000000           jb 0x35
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @004e: i32x4.relaxed_trunc_f32x4_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: f30f5bc0               cvttps2dq xmm0, xmm0
;;   @0051: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @004b: (func (;2;) (type 1) (param v128) (result v128)
;;      35: 0f0b                   ud2
