;; A call to an imported (host) function.
(module (import "env" "h" (func $h (param i64) (result i64))) (func (export "f") (param i64) (result i64) local.get 0 call $h))

;; ==== kindling disas ====
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 22 instructions, 73 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8225000000           jb 0x47
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;   @002d: call $h
;;      26: 4c89f6                 mov rsi, r14
;;      29: 498b7e60               mov rdi, qword ptr [r14 + 0x60]
;;      2d: 488b55e8               mov rdx, qword ptr [rbp - 0x18]
;;      31: 4d8b5648               mov r10, qword ptr [r14 + 0x48]
;;      35: 41ffd2                 call r10
;;      38: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      3c: 4889c3                 mov rbx, rax
;;   @002f: end
;;      3f: 4889d8                 mov rax, rbx
;;      42: 4889ec                 mov rsp, rbp
;;      45: 5d                     pop rbp
;;      46: c3                     ret
;;   @002a: (func (;1;) (type 0) (param i64) (result i64)
;;      47: 0f0b                   ud2
