;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 49 instructions, 248 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82c2000000           jb 0xf2
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;   @002a: table.get 0
;;      40: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      48: 458ba42650000000       mov r12d, dword ptr [r14 + riz + 0x50]
;;      50: 413bdc                 cmp ebx, r12d
;;      53: 0f839b000000           jae 0xf4
;;      59: 4d8ba42648000000       mov r12, qword ptr [r14 + riz + 0x48]
;;      61: 4089db                 mov ebx, ebx
;;      64: 48c1e303               shl rbx, 3
;;      68: 4901dc                 add r12, rbx
;;      6b: 48c1eb03               shr rbx, 3
;;      6f: 4d8ba42400000000       mov r12, qword ptr [r12]
;;      77: 4d85e4                 test r12, r12
;;      7a: 0f8527000000           jne 0xa7
;;      80: 4c89f7                 mov rdi, r14
;;      83: 4089da                 mov edx, ebx
;;      86: 4031f6                 xor esi, esi
;;      89: 4d8b942638000000       mov r10, qword ptr [r14 + riz + 0x38]
;;      91: 4d8b942248000000       mov r10, qword ptr [r10 + riz + 0x48]
;;      99: 41ffd2                 call r10
;;      9c: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      a4: 4989c4                 mov r12, rax
;;      a7: 4981e4feffffff         and r12, 0xfffffffffffffffe
;;   @002c: table.set 0
;;      ae: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      b6: 418bb42650000000       mov esi, dword ptr [r14 + riz + 0x50]
;;      be: 403bde                 cmp ebx, esi
;;      c1: 0f832f000000           jae 0xf6
;;      c7: 498bb42648000000       mov rsi, qword ptr [r14 + riz + 0x48]
;;      cf: 4089db                 mov ebx, ebx
;;      d2: 48c1e303               shl rbx, 3
;;      d6: 4801de                 add rsi, rbx
;;      d9: 48c1eb03               shr rbx, 3
;;      dd: 4981cc01000000         or r12, 1
;;      e4: 4c89a42600000000       mov qword ptr [rsi + riz], r12
;;   @002e: end
;;      ec: 4889ec                 mov rsp, rbp
;;      ef: 405d                   pop rbp
;;      f1: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;      f2: 0f0b                   ud2
;;   @002a: table.get 0
;;      f4: 0f0b                   ud2
;;   @002c: table.set 0
;;      f6: 0f0b                   ud2
