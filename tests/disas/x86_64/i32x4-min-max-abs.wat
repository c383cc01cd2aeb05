;; Lane minimum, maximum, rounding average and absolute value.
(module
  (func (export "min_s") (param v128 v128) (result v128) (i32x4.min_s (local.get 0) (local.get 1)))
  (func (export "max_u") (param v128 v128) (result v128) (i8x16.max_u (local.get 0) (local.get 1)))
  (func (export "avgr") (param v128 v128) (result v128) (i16x8.avgr_u (local.get 0) (local.get 1)))
  (func (export "abs") (param v128) (result v128) (i64x2.abs (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (min_s): kindling, x86_64-unknown-linux-gnu: 19 instructions, 69 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8221000000           jb 0x43
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0046: i32x4.min_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660f3839c8             pminsd xmm1, xmm0
;;   @0049: end
;;      3b: 0f28c1                 movaps xmm0, xmm1
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @0041: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      43: 0f0b                   ud2
;; wasm[0]::function[1] (max_u): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @0041: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0050: i8x16.max_u
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660fdec8               pmaxub xmm1, xmm0
;;   @0052: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @004b: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[2] (avgr): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @004b: (func (;1;) (type 0) (param v128 v128) (result v128)
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
;;   @0059: i16x8.avgr_u
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660fe3c8               pavgw xmm1, xmm0
;;   @005c: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0054: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[3] (abs): kindling, x86_64-unknown-linux-gnu: 19 instructions, 72 bytes
;;   @0054: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8224000000           jb 0x46
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0061: i64x2.abs
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66450feff6             pxor xmm14, xmm14
;;      31: 66440f3837f0           pcmpgtq xmm14, xmm0
;;      37: 66410fefc6             pxor xmm0, xmm14
;;      3c: 66410ffbc6             psubq xmm0, xmm14
;;   @0064: end
;;      41: 4889ec                 mov rsp, rbp
;;      44: 5d                     pop rbp
;;      45: c3                     ret
;;   @005e: (func (;3;) (type 1) (param v128) (result v128)
;;      46: 0f0b                   ud2
