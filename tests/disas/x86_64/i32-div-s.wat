;; i32.div_s: traps on zero and on INT_MIN / -1, out of line.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 34 instructions, 109 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f824c000000           jb 0x67
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4189cc                 mov r12d, ecx
;;   @0025: i32.div_s
;;      2f: 4489e6                 mov esi, r12d
;;      32: 89df                   mov edi, ebx
;;      34: 85f6                   test esi, esi
;;      36: 0f842d000000           je 0x69
;;      3c: 83feff                 cmp esi, -1
;;      3f: 0f850c000000           jne 0x51
;;      45: 81ff00000080           cmp edi, 0x80000000
;;      4b: 0f841a000000           je 0x6b
;;      51: 89f8                   mov eax, edi
;;      53: 99                     cdq
;;      54: f7fe                   idiv esi
;;      56: 89c7                   mov edi, eax
;;   @0026: end
;;      58: 89f8                   mov eax, edi
;;      5a: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      5e: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      62: 4889ec                 mov rsp, rbp
;;      65: 5d                     pop rbp
;;      66: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      67: 0f0b                   ud2
;;   @0025: i32.div_s
;;      69: 0f0b                   ud2
;;      6b: 0f0b                   ud2
