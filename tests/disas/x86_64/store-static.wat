;; A store with a static offset.
(module (memory 1) (func (export "f") (param i32 i64) local.get 0 local.get 1 i64.store offset=16))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 78 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8231000000           jb 0x4c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2e: 89d3                   mov ebx, edx
;;      30: 4989cc                 mov r12, rcx
;;   @0029: i64.store offset=16
;;      33: 4c89e6                 mov rsi, r12
;;      36: 89df                   mov edi, ebx
;;      38: 4c01ff                 add rdi, r15
;;      3b: 48897710               mov qword ptr [rdi + 0x10], rsi
;;   @002c: end
;;      3f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      43: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32 i64)
;;      4c: 0f0b                   ud2
