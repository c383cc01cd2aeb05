;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 29 instructions, 135 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8255000000           jb 0x85
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0027: memory.grow
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4c89f7                 mov rdi, r14
;;      46: 4889de                 mov rsi, rbx
;;      49: 4031d2                 xor edx, edx
;;      4c: 4d8b942638000000       mov r10, qword ptr [r14 + riz + 0x38]
;;      54: 4d8b942200000000       mov r10, qword ptr [r10 + riz]
;;      5c: 41ffd2                 call r10
;;      5f: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      67: 4089c3                 mov ebx, eax
;;   @0029: memory.size
;;      6a: 4d8b942658000000       mov r10, qword ptr [r14 + riz + 0x58]
;;      72: 4c89d6                 mov rsi, r10
;;      75: 48c1ee10               shr rsi, 0x10
;;   @002b: i32.add
;;      79: 4001f3                 add ebx, esi
;;   @002c: end
;;      7c: 4089d8                 mov eax, ebx
;;      7f: 4889ec                 mov rsp, rbp
;;      82: 405d                   pop rbp
;;      84: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      85: 0f0b                   ud2
