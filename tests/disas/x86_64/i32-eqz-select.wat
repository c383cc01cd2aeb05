;; eqz feeding select.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 1 local.get 2 local.get 0 i32.eqz select))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 30 instructions, 97 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8244000000           jb 0x5f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4c896dd8               mov qword ptr [rbp - 0x28], r13
;;      2e: 89d3                   mov ebx, edx
;;      30: 4189cc                 mov r12d, ecx
;;      33: 4589c5                 mov r13d, r8d
;;   @0029: select
;;      36: 85db                   test ebx, ebx
;;      38: 400f94c6               sete sil
;;      3c: 400fb6f6               movzx esi, sil
;;      40: 4489ef                 mov edi, r13d
;;      43: 4589e0                 mov r8d, r12d
;;      46: 85f6                   test esi, esi
;;      48: 410f45f8               cmovne edi, r8d
;;   @002a: end
;;      4c: 89f8                   mov eax, edi
;;      4e: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      52: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      56: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      5a: 4889ec                 mov rsp, rbp
;;      5d: 5d                     pop rbp
;;      5e: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      5f: 0f0b                   ud2
