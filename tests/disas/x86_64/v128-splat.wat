;; Splats from general registers (x86_64: movd then unpack and pshufd; aarch64: dup).
(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, x86_64-unknown-linux-gnu: 21 instructions, 71 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822a000000           jb 0x45
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @003b: i8x16.splat
;;      28: 89de                   mov esi, ebx
;;      2a: 660f6ec6               movd xmm0, esi
;;      2e: 660f60c0               punpcklbw xmm0, xmm0
;;      32: 660f61c0               punpcklwd xmm0, xmm0
;;      36: 66400f70c000           pshufd xmm0, xmm0, 0
;;   @003d: end
;;      3c: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;      45: 0f0b                   ud2
;; wasm[0]::function[1] (i64): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4889d3                 mov rbx, rdx
;;   @0042: i64x2.splat
;;      29: 4889de                 mov rsi, rbx
;;      2c: 66480f6ec6             movq xmm0, rsi
;;      31: 660f6cc0               punpcklqdq xmm0, xmm0
;;   @0044: end
;;      35: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[2] (f32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 58 bytes
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821d000000           jb 0x38
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0049: f32x4.splat
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66400f70c800           pshufd xmm1, xmm0, 0
;;   @004b: end
;;      30: 0f28c1                 movaps xmm0, xmm1
;;      33: 4889ec                 mov rsp, rbp
;;      36: 5d                     pop rbp
;;      37: c3                     ret
;;   @0046: (func (;2;) (type 2) (param f32) (result v128)
;;      38: 0f0b                   ud2
