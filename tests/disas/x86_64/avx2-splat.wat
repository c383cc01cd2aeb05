;;! set has_avx=true
;;! set has_avx2=true
;; With AVX2, splats are movd/movq then vpbroadcastb/w/d/q, and f32x4.splat of an xmm
;; value is vbroadcastss, as Cranelift's use_avx2 splats.
(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i16") (param i32) (result v128) (i16x8.splat (local.get 0)))
  (func (export "i32") (param i32) (result v128) (i32x4.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, x86_64-unknown-linux-gnu: 19 instructions, 62 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8221000000           jb 0x3c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0049: i8x16.splat
;;      28: 89de                   mov esi, ebx
;;      2a: 660f6ec6               movd xmm0, esi
;;      2e: c4e27978c0             vpbroadcastb xmm0, xmm0
;;   @004b: end
;;      33: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      37: 4889ec                 mov rsp, rbp
;;      3a: 5d                     pop rbp
;;      3b: c3                     ret
;;   @0046: (func (;0;) (type 0) (param i32) (result v128)
;;      3c: 0f0b                   ud2
;; wasm[0]::function[1] (i16): kindling, x86_64-unknown-linux-gnu: 19 instructions, 62 bytes
;;   @0046: (func (;0;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8221000000           jb 0x3c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0050: i16x8.splat
;;      28: 89de                   mov esi, ebx
;;      2a: 660f6ec6               movd xmm0, esi
;;      2e: c4e27979c0             vpbroadcastw xmm0, xmm0
;;   @0052: end
;;      33: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      37: 4889ec                 mov rsp, rbp
;;      3a: 5d                     pop rbp
;;      3b: c3                     ret
;;   @004d: (func (;1;) (type 0) (param i32) (result v128)
;;      3c: 0f0b                   ud2
;; wasm[0]::function[2] (i32): kindling, x86_64-unknown-linux-gnu: 19 instructions, 62 bytes
;;   @004d: (func (;1;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8221000000           jb 0x3c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0057: i32x4.splat
;;      28: 89de                   mov esi, ebx
;;      2a: 660f6ec6               movd xmm0, esi
;;      2e: c4e27958c0             vpbroadcastd xmm0, xmm0
;;   @0059: end
;;      33: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      37: 4889ec                 mov rsp, rbp
;;      3a: 5d                     pop rbp
;;      3b: c3                     ret
;;   @0054: (func (;2;) (type 0) (param i32) (result v128)
;;      3c: 0f0b                   ud2
;; wasm[0]::function[3] (i64): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;   @0054: (func (;2;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8224000000           jb 0x3f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4889d3                 mov rbx, rdx
;;   @005e: i64x2.splat
;;      29: 4889de                 mov rsi, rbx
;;      2c: 66480f6ec6             movq xmm0, rsi
;;      31: c4e27959c0             vpbroadcastq xmm0, xmm0
;;   @0060: end
;;      36: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @005b: (func (;3;) (type 1) (param i64) (result v128)
;;      3f: 0f0b                   ud2
;; wasm[0]::function[4] (f32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 57 bytes
;;   @005b: (func (;3;) (type 1) (param i64) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821c000000           jb 0x37
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0065: f32x4.splat
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: c4e27918c8             vbroadcastss xmm1, xmm0
;;   @0067: end
;;      2f: 0f28c1                 movaps xmm0, xmm1
;;      32: 4889ec                 mov rsp, rbp
;;      35: 5d                     pop rbp
;;      36: c3                     ret
;;   @0062: (func (;4;) (type 2) (param f32) (result v128)
;;      37: 0f0b                   ud2
