;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 32 instructions, 99 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8246000000           jb 0x61
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @0027: memory.grow
;;      2c: 89de                   mov esi, ebx
;;      2e: 89f6                   mov esi, esi
;;      30: 4c89f7                 mov rdi, r14
;;      33: 31d2                   xor edx, edx
;;      35: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      39: 4d8b12                 mov r10, qword ptr [r10]
;;      3c: 41ffd2                 call r10
;;      3f: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      43: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      47: 89c6                   mov esi, eax
;;   @0029: memory.size
;;      49: 4d8b5658               mov r10, qword ptr [r14 + 0x58]
;;      4d: 4c89d7                 mov rdi, r10
;;      50: 48c1ef10               shr rdi, 0x10
;;   @002b: i32.add
;;      54: 01fe                   add esi, edi
;;   @002c: end
;;      56: 89f0                   mov eax, esi
;;      58: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      5c: 4889ec                 mov rsp, rbp
;;      5f: 5d                     pop rbp
;;      60: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      61: 0f0b                   ud2
