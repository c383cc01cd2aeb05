;;! set enable_table_access_spectre_mitigation=false
;; With table Spectre mitigation off, `table.get` is bounds-checked by a branch alone.
(module
  (table 4 externref)
  (func (export "f") (param i32) (result externref) (table.get 0 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 47 instructions, 166 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8287000000           jb 0xa2
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0028: table.get 0
;;      28: 89de                   mov esi, ebx
;;      2a: 418b7e50               mov edi, dword ptr [r14 + 0x50]
;;      2e: 39fe                   cmp esi, edi
;;      30: 0f836e000000           jae 0xa4
;;      36: 498b7e48               mov rdi, qword ptr [r14 + 0x48]
;;      3a: 89f6                   mov esi, esi
;;      3c: 48c1e603               shl rsi, 3
;;      40: 4801f7                 add rdi, rsi
;;      43: 48c1ee03               shr rsi, 3
;;      47: 488b3f                 mov rdi, qword ptr [rdi]
;;      4a: 48897dd0               mov qword ptr [rbp - 0x30], rdi
;;      4e: 4885ff                 test rdi, rdi
;;      51: 0f843e000000           je 0x95
;;      57: 4d8b5620               mov r10, qword ptr [r14 + 0x20]
;;      5b: 498b32                 mov rsi, qword ptr [r10]
;;      5e: 4d8b5208               mov r10, qword ptr [r10 + 8]
;;      62: 4c39d6                 cmp rsi, r10
;;      65: 0f8414000000           je 0x7f
;;      6b: 48893e                 mov qword ptr [rsi], rdi
;;      6e: 48830701               add qword ptr [rdi], 1
;;      72: 4d8b5620               mov r10, qword ptr [r14 + 0x20]
;;      76: 49830208               add qword ptr [r10], 8
;;      7a: e916000000             jmp 0x95
;;      7f: 4c89f7                 mov rdi, r14
;;      82: 488b75d0               mov rsi, qword ptr [rbp - 0x30]
;;      86: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      8a: 4d8b5278               mov r10, qword ptr [r10 + 0x78]
;;      8e: 41ffd2                 call r10
;;      91: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;   @002a: end
;;      95: 488b45d0               mov rax, qword ptr [rbp - 0x30]
;;      99: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      9d: 4889ec                 mov rsp, rbp
;;      a0: 5d                     pop rbp
;;      a1: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32) (result externref)
;;      a2: 0f0b                   ud2
;;   @0028: table.get 0
;;      a4: 0f0b                   ud2
