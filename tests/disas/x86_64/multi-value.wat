;; Multiple results.
(module (func (export "f") (param i32 i64) (result i64 i32) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 76 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822f000000           jb 0x4a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4989cc                 mov r12, rcx
;;      2f: 4c8945f0               mov qword ptr [rbp - 0x10], r8
;;   @0026: end
;;      33: 4c8b55f0               mov r10, qword ptr [rbp - 0x10]
;;      37: 41891a                 mov dword ptr [r10], ebx
;;      3a: 4c89e0                 mov rax, r12
;;      3d: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      41: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i64) (result i64 i32)
;;      4a: 0f0b                   ud2
