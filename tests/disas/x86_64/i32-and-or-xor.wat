;; Bitwise operators.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 0 local.get 1 i32.and local.get 2 i32.or local.get 0 i32.xor))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 27 instructions, 85 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec60000000         sub rsp, 0x60
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8238000000           jb 0x53
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4c896dd8               mov qword ptr [rbp - 0x28], r13
;;      2e: 89d3                   mov ebx, edx
;;      30: 4189cc                 mov r12d, ecx
;;      33: 4589c5                 mov r13d, r8d
;;   @0026: i32.and
;;      36: 89de                   mov esi, ebx
;;      38: 4421e6                 and esi, r12d
;;   @0029: i32.or
;;      3b: 4409ee                 or esi, r13d
;;   @002c: i32.xor
;;      3e: 31de                   xor esi, ebx
;;   @002d: end
;;      40: 89f0                   mov eax, esi
;;      42: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      46: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      4a: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      4e: 4889ec                 mov rsp, rbp
;;      51: 5d                     pop rbp
;;      52: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      53: 0f0b                   ud2
