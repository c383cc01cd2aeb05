;; Lane extension of the low and high halves.
(module
  (func (export "low_s") (param v128) (result v128) (i16x8.extend_low_i8x16_s (local.get 0)))
  (func (export "high_u") (param v128) (result v128) (i32x4.extend_high_i16x8_u (local.get 0)))
  (func (export "low64_s") (param v128) (result v128) (i64x2.extend_low_i32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (low_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 56 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8214000000           jb 0x36
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @003b: i16x8.extend_low_i8x16_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f3820c0             pmovsxbw xmm0, xmm0
;;   @003e: end
;;      31: 4889ec                 mov rsp, rbp
;;      34: 5d                     pop rbp
;;      35: c3                     ret
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
;;      36: 0f0b                   ud2
;; wasm[0]::function[1] (high_u): kindling, x86_64-unknown-linux-gnu: 17 instructions, 62 bytes
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821a000000           jb 0x3c
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0043: i32x4.extend_high_i16x8_u
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66400f70c0ee           pshufd xmm0, xmm0, 0xee
;;      32: 660f3833c0             pmovzxwd xmm0, xmm0
;;   @0046: end
;;      37: 4889ec                 mov rsp, rbp
;;      3a: 5d                     pop rbp
;;      3b: c3                     ret
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
;;      3c: 0f0b                   ud2
;; wasm[0]::function[2] (low64_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 56 bytes
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8214000000           jb 0x36
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @004b: i64x2.extend_low_i32x4_s
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 660f3825c0             pmovsxdq xmm0, xmm0
;;   @004e: end
;;      31: 4889ec                 mov rsp, rbp
;;      34: 5d                     pop rbp
;;      35: c3                     ret
;;   @0048: (func (;2;) (type 0) (param v128) (result v128)
;;      36: 0f0b                   ud2
