;; A load from a memory with guard pages: no bounds check.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 20 instructions, 60 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8214000000           jb 0x3a
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0027: i32.load
;;      29: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      2c: 89db                   mov ebx, ebx
;;      2e: 4c01fb                 add rbx, r15
;;      31: 8b1b                   mov ebx, dword ptr [rbx]
;;   @002a: end
;;      33: 89d8                   mov eax, ebx
;;      35: 4889ec                 mov rsp, rbp
;;      38: 5d                     pop rbp
;;      39: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      3a: 0f0b                   ud2
