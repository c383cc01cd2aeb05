;; Integer to float conversions, signed and unsigned, and demote/promote.
(module
  (func (export "f32_s") (param v128) (result v128) (f32x4.convert_i32x4_s (local.get 0)))
  (func (export "f32_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "f64_s") (param v128) (result v128) (f64x2.convert_low_i32x4_s (local.get 0)))
  (func (export "demote") (param v128) (result v128) (f32x4.demote_f64x2_zero (local.get 0)))
  (func (export "promote") (param v128) (result v128) (f64x2.promote_low_f32x4 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f32_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 54 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8212000000           jb 0x34
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @004d: f32x4.convert_i32x4_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 0f5bc0                 cvtdq2ps xmm0, xmm0
;;   @0050: end
;;      2f: 4889ec                 mov rsp, rbp
;;      32: 5d                     pop rbp
;;      33: c3                     ret
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;      34: 0f0b                   ud2
;; wasm[0]::function[1] (f32_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 91 bytes
;;   @004a: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8237000000           jb 0x59
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0055: f32x4.convert_i32x4_u
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 440f28f8               movaps xmm15, xmm0
;;      30: 66410f72f710           pslld xmm15, 0x10
;;      36: 66410f72d710           psrld xmm15, 0x10
;;      3c: 66410ffac7             psubd xmm0, xmm15
;;      41: 450f5bff               cvtdq2ps xmm15, xmm15
;;      45: 660f72d001             psrld xmm0, 1
;;      4a: 0f5bc0                 cvtdq2ps xmm0, xmm0
;;      4d: 0f58c0                 addps xmm0, xmm0
;;      50: 410f58c7               addps xmm0, xmm15
;;   @0058: end
;;      54: 4889ec                 mov rsp, rbp
;;      57: 5d                     pop rbp
;;      58: c3                     ret
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
;;      59: 0f0b                   ud2
;; wasm[0]::function[2] (f64_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
;;   @0052: (func (;1;) (type 0) (param v128) (result v128)
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
;;   @005d: f64x2.convert_low_i32x4_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: f30fe6c0               cvtdq2pd xmm0, xmm0
;;   @0060: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
;;      35: 0f0b                   ud2
;; wasm[0]::function[3] (demote): kindling, x86_64-unknown-linux-gnu: 16 instructions, 55 bytes
;;   @005a: (func (;2;) (type 0) (param v128) (result v128)
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
;;   @0065: f32x4.demote_f64x2_zero
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f5ac0               cvtpd2ps xmm0, xmm0
;;   @0067: end
;;      30: 4889ec                 mov rsp, rbp
;;      33: 5d                     pop rbp
;;      34: c3                     ret
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
;;      35: 0f0b                   ud2
;; wasm[0]::function[4] (promote): kindling, x86_64-unknown-linux-gnu: 16 instructions, 54 bytes
;;   @0062: (func (;3;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8212000000           jb 0x34
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @006c: f64x2.promote_low_f32x4
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 0f5ac0                 cvtps2pd xmm0, xmm0
;;   @006e: end
;;      2f: 4889ec                 mov rsp, rbp
;;      32: 5d                     pop rbp
;;      33: c3                     ret
;;   @0069: (func (;4;) (type 0) (param v128) (result v128)
;;      34: 0f0b                   ud2
