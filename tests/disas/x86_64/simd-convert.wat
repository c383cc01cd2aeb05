;; Integer to float conversions, signed and unsigned, and demote/promote.
(module
  (func (export "f32_s") (param v128) (result v128) (f32x4.convert_i32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (f64x2.convert_low_i32x4_s (local.get 0)))
  (func (export "demote") (param v128) (result v128) (f32x4.demote_f64x2_zero (local.get 0)))
  (func (export "promote") (param v128) (result v128) (f64x2.promote_low_f32x4 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 52 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8217000000           jb 0x32
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @004d: f32x4.convert_i32x4_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 0f5bc0                 cvtdq2ps xmm0, xmm0
;;   @0050: end
;;      2d: 4889ec                 mov rsp, rbp
;;      30: 5d                     pop rbp
;;      31: c3                     ret
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;      32: 0f0b                   ud2
;; wasm[0]::function[1] (f32_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 89 bytes
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f823c000000           jb 0x57
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0055: f32x4.convert_i32x4_u
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 440f28f8               movaps xmm15, xmm0
;;      2e: 66410f72f710           pslld xmm15, 0x10
;;      34: 66410f72d710           psrld xmm15, 0x10
;;      3a: 66410ffac7             psubd xmm0, xmm15
;;      3f: 450f5bff               cvtdq2ps xmm15, xmm15
;;      43: 660f72d001             psrld xmm0, 1
;;      48: 0f5bc0                 cvtdq2ps xmm0, xmm0
;;      4b: 0f58c0                 addps xmm0, xmm0
;;      4e: 410f58c7               addps xmm0, xmm15
;;   @0058: end
;;      52: 4889ec                 mov rsp, rbp
;;      55: 5d                     pop rbp
;;      56: c3                     ret
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
;;      57: 0f0b                   ud2
;; wasm[0]::function[2] (f64_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 53 bytes
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @005d: f64x2.convert_low_i32x4_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f30fe6c0               cvtdq2pd xmm0, xmm0
;;   @0060: end
;;      2e: 4889ec                 mov rsp, rbp
;;      31: 5d                     pop rbp
;;      32: c3                     ret
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
;;      33: 0f0b                   ud2
;; wasm[0]::function[3] (demote): kindling, x86_64-unknown-linux-gnu: 16 instructions, 53 bytes
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0065: f32x4.demote_f64x2_zero
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f5ac0               cvtpd2ps xmm0, xmm0
;;   @0067: end
;;      2e: 4889ec                 mov rsp, rbp
;;      31: 5d                     pop rbp
;;      32: c3                     ret
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
;;      33: 0f0b                   ud2
;; wasm[0]::function[4] (promote): kindling, x86_64-unknown-linux-gnu: 16 instructions, 52 bytes
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8217000000           jb 0x32
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @006c: f64x2.promote_low_f32x4
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 0f5ac0                 cvtps2pd xmm0, xmm0
;;   @006e: end
;;      2d: 4889ec                 mov rsp, rbp
;;      30: 5d                     pop rbp
;;      31: c3                     ret
;;   @0069: (func (;4;) (type 0) (param v128) (result v128)
;;      32: 0f0b                   ud2
