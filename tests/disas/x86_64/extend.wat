;; Lane extension of the low and high halves.
(module
  (func (export "low_s") (param v128) (result v128) (i16x8.extend_low_i8x16_s (local.get 0)))
  (func (export "high_u") (param v128) (result v128) (i32x4.extend_high_i16x8_u (local.get 0)))
  (func (export "low64_s") (param v128) (result v128) (i64x2.extend_low_i32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (low_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 54 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8219000000           jb 0x34
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @003b: i16x8.extend_low_i8x16_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f3820c0             pmovsxbw xmm0, xmm0
;;   @003e: end
;;      2f: 4889ec                 mov rsp, rbp
;;      32: 5d                     pop rbp
;;      33: c3                     ret
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
;;      34: 0f0b                   ud2
;; wasm[0]::function[1] (high_u): kindling, x86_64-unknown-linux-gnu: 17 instructions, 60 bytes
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821f000000           jb 0x3a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0043: i32x4.extend_high_i16x8_u
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66400f70c0ee           pshufd xmm0, xmm0, 0xee
;;      30: 660f3833c0             pmovzxwd xmm0, xmm0
;;   @0046: end
;;      35: 4889ec                 mov rsp, rbp
;;      38: 5d                     pop rbp
;;      39: c3                     ret
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
;;      3a: 0f0b                   ud2
;; wasm[0]::function[2] (low64_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 54 bytes
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8219000000           jb 0x34
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @004b: i64x2.extend_low_i32x4_s
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 660f3825c0             pmovsxdq xmm0, xmm0
;;   @004e: end
;;      2f: 4889ec                 mov rsp, rbp
;;      32: 5d                     pop rbp
;;      33: c3                     ret
;;   @0048: (func (;2;) (type 0) (param v128) (result v128)
;;      34: 0f0b                   ud2
