;; A call to an imported (host) function.
(module (import "env" "h" (func $h (param i64) (result i64))) (func (export "f") (param i64) (result i64) local.get 0 call $h))

;; ==== kindling disas ====
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 22 instructions, 108 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823a000000           jb 0x6a
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;   @002d: call $h
;;      38: 4c89f6                 mov rsi, r14
;;      3b: 498bbc2660000000       mov rdi, qword ptr [r14 + riz + 0x60]
;;      43: 488b9425e8ffffff       mov rdx, qword ptr [rbp + riz - 0x18]
;;      4b: 4d8b942648000000       mov r10, qword ptr [r14 + riz + 0x48]
;;      53: 41ffd2                 call r10
;;      56: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      5e: 4889c3                 mov rbx, rax
;;   @002f: end
;;      61: 4889d8                 mov rax, rbx
;;      64: 4889ec                 mov rsp, rbp
;;      67: 405d                   pop rbp
;;      69: c3                     ret
;;   @002a: (func (;1;) (type 0) (param i64) (result i64)
;;      6a: 0f0b                   ud2
