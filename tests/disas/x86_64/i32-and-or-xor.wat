;; Bitwise operators.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 0 local.get 1 i32.and local.get 2 i32.or local.get 0 i32.xor))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 124 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824a000000           jb 0x7a
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;      40: 44898425d8ffffff       mov dword ptr [rbp + riz - 0x28], r8d
;;   @0026: i32.and
;;      48: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      50: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      58: 4021de                 and esi, ebx
;;   @0029: i32.or
;;      5b: 408b9c25d8ffffff       mov ebx, dword ptr [rbp + riz - 0x28]
;;      63: 4009de                 or esi, ebx
;;   @002c: i32.xor
;;      66: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      6e: 4031de                 xor esi, ebx
;;   @002d: end
;;      71: 4089f0                 mov eax, esi
;;      74: 4889ec                 mov rsp, rbp
;;      77: 405d                   pop rbp
;;      79: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      7a: 0f0b                   ud2
