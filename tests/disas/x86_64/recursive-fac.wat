;; Recursive factorial.
(module (func $fac (export "fac") (param i64) (result i64) local.get 0 i64.const 1 i64.le_u if (result i64) i64.const 1 else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (fac): kindling, x86_64-unknown-linux-gnu: 31 instructions, 117 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8251000000           jb 0x73
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;   @0026: i64.le_u
;;      26: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;   @0027: if (result i64) ;; label = @1
;;      2a: 4883fb01               cmp rbx, 1
;;      2e: 0f870d000000           ja 0x41
;;   @002b: else
;;      34: 48c745d801000000       mov qword ptr [rbp - 0x28], 1
;;      3c: e929000000             jmp 0x6a
;;   @0032: i64.sub
;;      41: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      45: 4883eb01               sub rbx, 1
;;   @0033: call $fac
;;      49: 4c89f7                 mov rdi, r14
;;      4c: 4c89f6                 mov rsi, r14
;;      4f: 4889da                 mov rdx, rbx
;;      52: e8a9ffffff             call 0
;;      57: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      5b: 4889c3                 mov rbx, rax
;;   @0035: i64.mul
;;      5e: 488b75e8               mov rsi, qword ptr [rbp - 0x18]
;;      62: 480faff3               imul rsi, rbx
;;   @0036: end
;;      66: 488975d8               mov qword ptr [rbp - 0x28], rsi
;;   @0037: end
;;      6a: 488b45d8               mov rax, qword ptr [rbp - 0x28]
;;      6e: 4889ec                 mov rsp, rbp
;;      71: 5d                     pop rbp
;;      72: c3                     ret
;;   @0021: (func $fac (;0;) (type 0) (param i64) (result i64)
;;      73: 0f0b                   ud2
