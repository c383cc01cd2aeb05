;; Recursive factorial.
(module (func $fac (export "fac") (param i64) (result i64) local.get 0 i64.const 1 i64.le_u if (result i64) i64.const 1 else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (fac): kindling, x86_64-unknown-linux-gnu: 31 instructions, 170 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8278000000           jb 0xa8
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;   @0026: i64.le_u
;;      38: 488b9c25e8ffffff       mov rbx, qword ptr [rbp + riz - 0x18]
;;   @0027: if (result i64) ;; label = @1
;;      40: 4881fb01000000         cmp rbx, 1
;;      47: 0f8711000000           ja 0x5e
;;   @002b: else
;;      4d: 48c78425d8ffffff01000000 mov qword ptr [rbp + riz - 0x28], 1
;;      59: e93c000000             jmp 0x9a
;;   @0032: i64.sub
;;      5e: 488b9c25e8ffffff       mov rbx, qword ptr [rbp + riz - 0x18]
;;      66: 4881eb01000000         sub rbx, 1
;;   @0033: call $fac
;;      6d: 4c89f7                 mov rdi, r14
;;      70: 4c89f6                 mov rsi, r14
;;      73: 4889da                 mov rdx, rbx
;;      76: e885ffffff             call 0
;;      7b: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      83: 4889c3                 mov rbx, rax
;;   @0035: i64.mul
;;      86: 488bb425e8ffffff       mov rsi, qword ptr [rbp + riz - 0x18]
;;      8e: 480faff3               imul rsi, rbx
;;   @0036: end
;;      92: 4889b425d8ffffff       mov qword ptr [rbp + riz - 0x28], rsi
;;   @0037: end
;;      9a: 488b8425d8ffffff       mov rax, qword ptr [rbp + riz - 0x28]
;;      a2: 4889ec                 mov rsp, rbp
;;      a5: 405d                   pop rbp
;;      a7: c3                     ret
;;   @0021: (func $fac (;0;) (type 0) (param i64) (result i64)
;;      a8: 0f0b                   ud2
