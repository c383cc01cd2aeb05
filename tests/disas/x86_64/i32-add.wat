;; i32.add of two parameters.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 22 instructions, 69 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8228000000           jb 0x43
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4189cc                 mov r12d, ecx
;;   @0025: i32.add
;;      2f: 89de                   mov esi, ebx
;;      31: 4401e6                 add esi, r12d
;;   @0026: end
;;      34: 89f0                   mov eax, esi
;;      36: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      3a: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      43: 0f0b                   ud2
