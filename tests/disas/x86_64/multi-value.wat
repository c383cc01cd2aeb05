;; Multiple results.
(module (func (export "f") (param i32 i64) (result i64 i32) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 20 instructions, 67 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821f000000           jb 0x41
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;      29: 4c8945f0               mov qword ptr [rbp - 0x10], r8
;;   @0026: end
;;      2d: 4c8b55f0               mov r10, qword ptr [rbp - 0x10]
;;      31: 448b5de8               mov r11d, dword ptr [rbp - 0x18]
;;      35: 45891a                 mov dword ptr [r10], r11d
;;      38: 488b45e0               mov rax, qword ptr [rbp - 0x20]
;;      3c: 4889ec                 mov rsp, rbp
;;      3f: 5d                     pop rbp
;;      40: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i64) (result i64 i32)
;;      41: 0f0b                   ud2
