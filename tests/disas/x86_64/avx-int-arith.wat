;;! set has_avx=true
;; With AVX, lane arithmetic is three-operand VEX: vpaddd/vpsubb write the result
;; without first copying the left operand; vpandn keeps andnot's operand order (!r & l).
(module
  (func (export "add") (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))
  (func (export "sub") (param v128 v128) (result v128) (i8x16.sub (local.get 1) (local.get 0)))
  (func (export "andnot") (param v128 v128) (result v128) (v128.andnot (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
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
;;   @0038: i32x4.add
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: c5f1fec8               vpaddd xmm1, xmm1, xmm0
;;   @003b: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[1] (sub): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0042: i8x16.sub
;;      2a: 410f28c0               movaps xmm0, xmm8
;;      2e: 410f28c9               movaps xmm1, xmm9
;;      32: c5f1f8c8               vpsubb xmm1, xmm1, xmm0
;;   @0044: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @003d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[2] (andnot): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @003d: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @004b: v128.andnot
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: c5f9dfc9               vpandn xmm1, xmm0, xmm1
;;   @004d: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0046: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
