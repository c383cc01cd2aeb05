;; Extending, splatting and zeroing loads (bounds-checked through the guard region).
(module
  (memory 1)
  (func (export "load8x8_s") (param i32) (result v128) (v128.load8x8_s (local.get 0)))
  (func (export "load16_splat") (param i32) (result v128) (v128.load16_splat offset=2 (local.get 0)))
  (func (export "load32_zero") (param i32) (result v128) (v128.load32_zero (local.get 0)))
  (func (export "load64_zero") (param i32) (result v128) (v128.load64_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8x8_s): kindling, x86_64-unknown-linux-gnu: 22 instructions, 71 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f821f000000           jb 0x45
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @005d: v128.load8x8_s
;;      2c: 89de                   mov esi, ebx
;;      2e: 89f6                   mov esi, esi
;;      30: 4c01fe                 add rsi, r15
;;      33: f20f1006               movsd xmm0, qword ptr [rsi]
;;      37: 660f3820c0             pmovsxbw xmm0, xmm0
;;   @0061: end
;;      3c: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;      45: 0f0b                   ud2
;; wasm[0]::function[1] (load16_splat): kindling, x86_64-unknown-linux-gnu: 24 instructions, 80 bytes
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8228000000           jb 0x4e
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @0066: v128.load16_splat offset=2
;;      2c: 89de                   mov esi, ebx
;;      2e: 89f6                   mov esi, esi
;;      30: 4c01fe                 add rsi, r15
;;      33: 0fb77602               movzx esi, word ptr [rsi + 2]
;;      37: 660f6ec6               movd xmm0, esi
;;      3b: 660f61c0               punpcklwd xmm0, xmm0
;;      3f: 66400f70c000           pshufd xmm0, xmm0, 0
;;   @006a: end
;;      45: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 5d                     pop rbp
;;      4d: c3                     ret
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;      4e: 0f0b                   ud2
;; wasm[0]::function[2] (load32_zero): kindling, x86_64-unknown-linux-gnu: 21 instructions, 66 bytes
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f821a000000           jb 0x40
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @006f: v128.load32_zero
;;      2c: 89de                   mov esi, ebx
;;      2e: 89f6                   mov esi, esi
;;      30: 4c01fe                 add rsi, r15
;;      33: f30f1006               movss xmm0, dword ptr [rsi]
;;   @0073: end
;;      37: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      3b: 4889ec                 mov rsp, rbp
;;      3e: 5d                     pop rbp
;;      3f: c3                     ret
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;      40: 0f0b                   ud2
;; wasm[0]::function[3] (load64_zero): kindling, x86_64-unknown-linux-gnu: 21 instructions, 66 bytes
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f821a000000           jb 0x40
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @0078: v128.load64_zero
;;      2c: 89de                   mov esi, ebx
;;      2e: 89f6                   mov esi, esi
;;      30: 4c01fe                 add rsi, r15
;;      33: f20f1006               movsd xmm0, qword ptr [rsi]
;;   @007c: end
;;      37: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      3b: 4889ec                 mov rsp, rbp
;;      3e: 5d                     pop rbp
;;      3f: c3                     ret
;;   @0075: (func (;3;) (type 0) (param i32) (result v128)
;;      40: 0f0b                   ud2
