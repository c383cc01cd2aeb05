;; i64.rem_s: INT_MIN % -1 is 0, not a trap.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 33 instructions, 111 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8250000000           jb 0x6b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4889d3                 mov rbx, rdx
;;      2d: 4989cc                 mov r12, rcx
;;   @0025: i64.rem_s
;;      30: 4c89e6                 mov rsi, r12
;;      33: 4889df                 mov rdi, rbx
;;      36: 4885f6                 test rsi, rsi
;;      39: 0f842e000000           je 0x6d
;;      3f: 4883feff               cmp rsi, -1
;;      43: 0f8507000000           jne 0x50
;;      49: 31ff                   xor edi, edi
;;      4b: e90b000000             jmp 0x5b
;;      50: 4889f8                 mov rax, rdi
;;      53: 4899                   cqo
;;      55: 48f7fe                 idiv rsi
;;      58: 4889d7                 mov rdi, rdx
;;   @0026: end
;;      5b: 4889f8                 mov rax, rdi
;;      5e: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      62: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      66: 4889ec                 mov rsp, rbp
;;      69: 5d                     pop rbp
;;      6a: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      6b: 0f0b                   ud2
;;   @0025: i64.rem_s
;;      6d: 0f0b                   ud2
