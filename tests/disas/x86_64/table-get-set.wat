;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 55 instructions, 268 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82d6000000           jb 0x106
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;   @002a: table.get 0
;;      40: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      48: 458ba42650000000       mov r12d, dword ptr [r14 + riz + 0x50]
;;      50: 413bdc                 cmp ebx, r12d
;;      53: 0f83af000000           jae 0x108
;;      59: 4031c0                 xor eax, eax
;;      5c: 413bdc                 cmp ebx, r12d
;;      5f: 480f43d8               cmovae rbx, rax
;;      63: 4d8ba42648000000       mov r12, qword ptr [r14 + riz + 0x48]
;;      6b: 4089db                 mov ebx, ebx
;;      6e: 48c1e303               shl rbx, 3
;;      72: 4901dc                 add r12, rbx
;;      75: 48c1eb03               shr rbx, 3
;;      79: 4d8ba42400000000       mov r12, qword ptr [r12]
;;      81: 4d85e4                 test r12, r12
;;      84: 0f8527000000           jne 0xb1
;;      8a: 4c89f7                 mov rdi, r14
;;      8d: 4089da                 mov edx, ebx
;;      90: 4031f6                 xor esi, esi
;;      93: 4d8b942638000000       mov r10, qword ptr [r14 + riz + 0x38]
;;      9b: 4d8b942248000000       mov r10, qword ptr [r10 + riz + 0x48]
;;      a3: 41ffd2                 call r10
;;      a6: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      ae: 4989c4                 mov r12, rax
;;      b1: 4981e4feffffff         and r12, 0xfffffffffffffffe
;;   @002c: table.set 0
;;      b8: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      c0: 418bb42650000000       mov esi, dword ptr [r14 + riz + 0x50]
;;      c8: 403bde                 cmp ebx, esi
;;      cb: 0f8339000000           jae 0x10a
;;      d1: 4031c0                 xor eax, eax
;;      d4: 403bde                 cmp ebx, esi
;;      d7: 480f43d8               cmovae rbx, rax
;;      db: 498bb42648000000       mov rsi, qword ptr [r14 + riz + 0x48]
;;      e3: 4089db                 mov ebx, ebx
;;      e6: 48c1e303               shl rbx, 3
;;      ea: 4801de                 add rsi, rbx
;;      ed: 48c1eb03               shr rbx, 3
;;      f1: 4981cc01000000         or r12, 1
;;      f8: 4c89a42600000000       mov qword ptr [rsi + riz], r12
;;   @002e: end
;;     100: 4889ec                 mov rsp, rbp
;;     103: 405d                   pop rbp
;;     105: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;     106: 0f0b                   ud2
;;   @002a: table.get 0
;;     108: 0f0b                   ud2
;;   @002c: table.set 0
;;     10a: 0f0b                   ud2
