;; i64.rem_s: INT_MIN % -1 is 0, not a trap.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 134 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8252000000           jb 0x82
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;   @0025: i64.rem_s
;;      40: 488b9c25e0ffffff       mov rbx, qword ptr [rbp + riz - 0x20]
;;      48: 488bb425e8ffffff       mov rsi, qword ptr [rbp + riz - 0x18]
;;      50: 4885db                 test rbx, rbx
;;      53: 0f842b000000           je 0x84
;;      59: 4881fbffffffff         cmp rbx, -1
;;      60: 0f8508000000           jne 0x6e
;;      66: 4031f6                 xor esi, esi
;;      69: e90b000000             jmp 0x79
;;      6e: 4889f0                 mov rax, rsi
;;      71: 4899                   cqo
;;      73: 48f7fb                 idiv rbx
;;      76: 4889d6                 mov rsi, rdx
;;   @0026: end
;;      79: 4889f0                 mov rax, rsi
;;      7c: 4889ec                 mov rsp, rbp
;;      7f: 405d                   pop rbp
;;      81: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      82: 0f0b                   ud2
;;   @0025: i64.rem_s
;;      84: 0f0b                   ud2
