;; i64.rem_s: INT_MIN % -1 is 0, not a trap.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 99 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f823d000000           jb 0x5f
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;      26: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;   @0025: i64.rem_s
;;      2a: 488b5de0               mov rbx, qword ptr [rbp - 0x20]
;;      2e: 488b75e8               mov rsi, qword ptr [rbp - 0x18]
;;      32: 4885db                 test rbx, rbx
;;      35: 0f8426000000           je 0x61
;;      3b: 4883fbff               cmp rbx, -1
;;      3f: 0f8507000000           jne 0x4c
;;      45: 31f6                   xor esi, esi
;;      47: e90b000000             jmp 0x57
;;      4c: 4889f0                 mov rax, rsi
;;      4f: 4899                   cqo
;;      51: 48f7fb                 idiv rbx
;;      54: 4889d6                 mov rsi, rdx
;;   @0026: end
;;      57: 4889f0                 mov rax, rsi
;;      5a: 4889ec                 mov rsp, rbp
;;      5d: 5d                     pop rbp
;;      5e: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      5f: 0f0b                   ud2
;;   @0025: i64.rem_s
;;      61: 0f0b                   ud2
