;;! set enable_table_access_spectre_mitigation=false
;; With table Spectre mitigation off, `table.get` is bounds-checked by a branch alone.
(module
  (table 4 externref)
  (func (export "f") (param i32) (result externref) (table.get 0 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 45 instructions, 160 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f827a000000           jb 0x9c
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0028: table.get 0
;;      25: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      28: 418b7650               mov esi, dword ptr [r14 + 0x50]
;;      2c: 39f3                   cmp ebx, esi
;;      2e: 0f836a000000           jae 0x9e
;;      34: 498b7648               mov rsi, qword ptr [r14 + 0x48]
;;      38: 89db                   mov ebx, ebx
;;      3a: 48c1e303               shl rbx, 3
;;      3e: 4801de                 add rsi, rbx
;;      41: 48c1eb03               shr rbx, 3
;;      45: 488b36                 mov rsi, qword ptr [rsi]
;;      48: 488975d8               mov qword ptr [rbp - 0x28], rsi
;;      4c: 4885f6                 test rsi, rsi
;;      4f: 0f843e000000           je 0x93
;;      55: 4d8b5620               mov r10, qword ptr [r14 + 0x20]
;;      59: 498b1a                 mov rbx, qword ptr [r10]
;;      5c: 4d8b5208               mov r10, qword ptr [r10 + 8]
;;      60: 4c39d3                 cmp rbx, r10
;;      63: 0f8414000000           je 0x7d
;;      69: 488933                 mov qword ptr [rbx], rsi
;;      6c: 48830601               add qword ptr [rsi], 1
;;      70: 4d8b5620               mov r10, qword ptr [r14 + 0x20]
;;      74: 49830208               add qword ptr [r10], 8
;;      78: e916000000             jmp 0x93
;;      7d: 4c89f7                 mov rdi, r14
;;      80: 488b75d8               mov rsi, qword ptr [rbp - 0x28]
;;      84: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      88: 4d8b5278               mov r10, qword ptr [r10 + 0x78]
;;      8c: 41ffd2                 call r10
;;      8f: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;   @002a: end
;;      93: 488b45d8               mov rax, qword ptr [rbp - 0x28]
;;      97: 4889ec                 mov rsp, rbp
;;      9a: 5d                     pop rbp
;;      9b: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32) (result externref)
;;      9c: 0f0b                   ud2
;;   @0028: table.get 0
;;      9e: 0f0b                   ud2
