;;! set has_avx=true
;; With AVX, lane arithmetic is three-operand VEX: vpaddd/vpsubb write the result
;; without first copying the left operand; vpandn keeps andnot's operand order (!r & l).
(module
  (func (export "add") (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))
  (func (export "sub") (param v128 v128) (result v128) (i8x16.sub (local.get 1) (local.get 0)))
  (func (export "andnot") (param v128 v128) (result v128) (v128.andnot (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8220000000           jb 0x42
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0038: i32x4.add
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: c5f1fec8               vpaddd xmm1, xmm1, xmm0
;;   @003b: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[1] (sub): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8220000000           jb 0x42
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0042: i8x16.sub
;;      2c: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      31: f30f6f4dd0             movdqu xmm1, xmmword ptr [rbp - 0x30]
;;      36: c5f1f8c8               vpsubb xmm1, xmm1, xmm0
;;   @0044: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @003d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[2] (andnot): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @003d: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8220000000           jb 0x42
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @004b: v128.andnot
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: c5f9dfc9               vpandn xmm1, xmm0, xmm1
;;   @004d: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0046: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
