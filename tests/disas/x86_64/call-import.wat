;; A call to an imported (host) function.
(module (import "env" "h" (func $h (param i64) (result i64))) (func (export "f") (param i64) (result i64) local.get 0 call $h))

;; ==== kindling disas ====
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 79 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8232000000           jb 0x4d
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4889d3                 mov rbx, rdx
;;   @002d: call $h
;;      29: 4c89f6                 mov rsi, r14
;;      2c: 4889da                 mov rdx, rbx
;;      2f: 498b7e60               mov rdi, qword ptr [r14 + 0x60]
;;      33: 4d8b5648               mov r10, qword ptr [r14 + 0x48]
;;      37: 41ffd2                 call r10
;;      3a: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      3e: 4889c6                 mov rsi, rax
;;   @002f: end
;;      41: 4889f0                 mov rax, rsi
;;      44: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 5d                     pop rbp
;;      4c: c3                     ret
;;   @002a: (func (;1;) (type 0) (param i64) (result i64)
;;      4d: 0f0b                   ud2
