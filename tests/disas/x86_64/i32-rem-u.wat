;; i32.rem_u.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.rem_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 87 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8238000000           jb 0x53
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4189cc                 mov r12d, ecx
;;   @0025: i32.rem_u
;;      2f: 4489e6                 mov esi, r12d
;;      32: 89df                   mov edi, ebx
;;      34: 85f6                   test esi, esi
;;      36: 0f8419000000           je 0x55
;;      3c: 89f8                   mov eax, edi
;;      3e: 31d2                   xor edx, edx
;;      40: f7f6                   div esi
;;      42: 89d7                   mov edi, edx
;;   @0026: end
;;      44: 89f8                   mov eax, edi
;;      46: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      4a: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      4e: 4889ec                 mov rsp, rbp
;;      51: 5d                     pop rbp
;;      52: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      53: 0f0b                   ud2
;;   @0025: i32.rem_u
;;      55: 0f0b                   ud2
