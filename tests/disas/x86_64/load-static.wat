;; A load from a memory with guard pages: no bounds check.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 64 bytes
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
;;   @0027: i32.load
;;      2c: 89de                   mov esi, ebx
;;      2e: 4c01fe                 add rsi, r15
;;      31: 8b36                   mov esi, dword ptr [rsi]
;;   @002a: end
;;      33: 89f0                   mov eax, esi
;;      35: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      3e: 0f0b                   ud2
