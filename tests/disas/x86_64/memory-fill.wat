;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 137 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec60000000         sub rsp, 0x60
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8257000000           jb 0x87
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;      40: 44898425d8ffffff       mov dword ptr [rbp + riz - 0x28], r8d
;;   @002c: memory.fill
;;      48: 4c89f7                 mov rdi, r14
;;      4b: 4031f6                 xor esi, esi
;;      4e: 408b9425e8ffffff       mov edx, dword ptr [rbp + riz - 0x18]
;;      56: 408b8c25e0ffffff       mov ecx, dword ptr [rbp + riz - 0x20]
;;      5e: 448b8425d8ffffff       mov r8d, dword ptr [rbp + riz - 0x28]
;;      66: 4d8b942638000000       mov r10, qword ptr [r14 + riz + 0x38]
;;      6e: 4d8b942228000000       mov r10, qword ptr [r10 + riz + 0x28]
;;      76: 41ffd2                 call r10
;;      79: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;   @002f: end
;;      81: 4889ec                 mov rsp, rbp
;;      84: 405d                   pop rbp
;;      86: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      87: 0f0b                   ud2
