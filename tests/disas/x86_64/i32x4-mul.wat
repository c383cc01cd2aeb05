;; i32x4.mul and i16x8.mul: one instruction each (pmulld needs SSE4.1 on x86_64).
(module
  (func (export "mul32") (param v128 v128) (result v128) (i32x4.mul (local.get 0) (local.get 1)))
  (func (export "mul16") (param v128 v128) (result v128) (i16x8.mul (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (mul32): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8224000000           jb 0x3f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0032: i32x4.mul
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f3840c8             pmulld xmm1, xmm0
;;   @0035: end
;;      37: 0f28c1                 movaps xmm0, xmm1
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      3f: 0f0b                   ud2
;; wasm[0]::function[1] (mul16): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @003c: i16x8.mul
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660fd5c8               pmullw xmm1, xmm0
;;   @003f: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
