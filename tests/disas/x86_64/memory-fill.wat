;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 33 instructions, 109 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8250000000           jb 0x6b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2e: 4c896dd8               mov qword ptr [rbp - 0x28], r13
;;      32: 89d3                   mov ebx, edx
;;      34: 4189cc                 mov r12d, ecx
;;      37: 4589c5                 mov r13d, r8d
;;   @002c: memory.fill
;;      3a: 4c89f7                 mov rdi, r14
;;      3d: 89da                   mov edx, ebx
;;      3f: 4489e1                 mov ecx, r12d
;;      42: 4589e8                 mov r8d, r13d
;;      45: 31f6                   xor esi, esi
;;      47: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      4b: 4d8b5228               mov r10, qword ptr [r10 + 0x28]
;;      4f: 41ffd2                 call r10
;;      52: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      56: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;   @002f: end
;;      5a: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      5e: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      62: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      66: 4889ec                 mov rsp, rbp
;;      69: 5d                     pop rbp
;;      6a: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      6b: 0f0b                   ud2
