;; Extending, splatting and zeroing loads (bounds-checked through the guard region).
(module
  (memory 1)
  (func (export "load8x8_s") (param i32) (result v128) (v128.load8x8_s (local.get 0)))
  (func (export "load16_splat") (param i32) (result v128) (v128.load16_splat offset=2 (local.get 0)))
  (func (export "load32_zero") (param i32) (result v128) (v128.load32_zero (local.get 0)))
  (func (export "load64_zero") (param i32) (result v128) (v128.load64_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8x8_s): kindling, x86_64-unknown-linux-gnu: 21 instructions, 69 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8228000000           jb 0x43
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @005d: v128.load8x8_s
;;      2c: 89de                   mov esi, ebx
;;      2e: 4c01fe                 add rsi, r15
;;      31: f20f1006               movsd xmm0, qword ptr [rsi]
;;      35: 660f3820c0             pmovsxbw xmm0, xmm0
;;   @0061: end
;;      3a: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;      43: 0f0b                   ud2
;; wasm[0]::function[1] (load16_splat): kindling, x86_64-unknown-linux-gnu: 23 instructions, 78 bytes
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8231000000           jb 0x4c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @0066: v128.load16_splat offset=2
;;      2c: 89de                   mov esi, ebx
;;      2e: 4c01fe                 add rsi, r15
;;      31: 0fb77602               movzx esi, word ptr [rsi + 2]
;;      35: 660f6ec6               movd xmm0, esi
;;      39: 660f61c0               punpcklwd xmm0, xmm0
;;      3d: 66400f70c000           pshufd xmm0, xmm0, 0
;;   @006a: end
;;      43: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;      4c: 0f0b                   ud2
;; wasm[0]::function[2] (load32_zero): kindling, x86_64-unknown-linux-gnu: 20 instructions, 64 bytes
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @006f: v128.load32_zero
;;      2c: 89de                   mov esi, ebx
;;      2e: 4c01fe                 add rsi, r15
;;      31: f30f1006               movss xmm0, dword ptr [rsi]
;;   @0073: end
;;      35: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[3] (load64_zero): kindling, x86_64-unknown-linux-gnu: 20 instructions, 64 bytes
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @0078: v128.load64_zero
;;      2c: 89de                   mov esi, ebx
;;      2e: 4c01fe                 add rsi, r15
;;      31: f20f1006               movsd xmm0, qword ptr [rsi]
;;   @007c: end
;;      35: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0075: (func (;3;) (type 0) (param i32) (result v128)
;;      3e: 0f0b                   ud2
