;;! set enable_table_access_spectre_mitigation=false
;; With table Spectre mitigation off, `table.get` is bounds-checked by a branch alone.
(module
  (table 4 externref)
  (func (export "f") (param i32) (result externref) (table.get 0 (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 45 instructions, 262 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82d2000000           jb 0x102
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0028: table.get 0
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 418bb42650000000       mov esi, dword ptr [r14 + riz + 0x50]
;;      48: 403bde                 cmp ebx, esi
;;      4b: 0f83b3000000           jae 0x104
;;      51: 498bb42648000000       mov rsi, qword ptr [r14 + riz + 0x48]
;;      59: 4089db                 mov ebx, ebx
;;      5c: 48c1e303               shl rbx, 3
;;      60: 4801de                 add rsi, rbx
;;      63: 48c1eb03               shr rbx, 3
;;      67: 488bb42600000000       mov rsi, qword ptr [rsi + riz]
;;      6f: 4889b425d8ffffff       mov qword ptr [rbp + riz - 0x28], rsi
;;      77: 4885f6                 test rsi, rsi
;;      7a: 0f8474000000           je 0xf4
;;      80: 4d8b942620000000       mov r10, qword ptr [r14 + riz + 0x20]
;;      88: 498b9c2200000000       mov rbx, qword ptr [r10 + riz]
;;      90: 4d8b942208000000       mov r10, qword ptr [r10 + riz + 8]
;;      98: 493bda                 cmp rbx, r10
;;      9b: 0f842d000000           je 0xce
;;      a1: 4889b42300000000       mov qword ptr [rbx + riz], rsi
;;      a9: 488184260000000001000000 add qword ptr [rsi + riz], 1
;;      b5: 4d8b942620000000       mov r10, qword ptr [r14 + riz + 0x20]
;;      bd: 498184220000000008000000 add qword ptr [r10 + riz], 8
;;      c9: e926000000             jmp 0xf4
;;      ce: 4c89f7                 mov rdi, r14
;;      d1: 488bb425d8ffffff       mov rsi, qword ptr [rbp + riz - 0x28]
;;      d9: 4d8b942638000000       mov r10, qword ptr [r14 + riz + 0x38]
;;      e1: 4d8b942278000000       mov r10, qword ptr [r10 + riz + 0x78]
;;      e9: 41ffd2                 call r10
;;      ec: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;   @002a: end
;;      f4: 488b8425d8ffffff       mov rax, qword ptr [rbp + riz - 0x28]
;;      fc: 4889ec                 mov rsp, rbp
;;      ff: 405d                   pop rbp
;;     101: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32) (result externref)
;;     102: 0f0b                   ud2
;;   @0028: table.get 0
;;     104: 0f0b                   ud2
