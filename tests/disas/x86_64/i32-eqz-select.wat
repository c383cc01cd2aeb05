;; eqz feeding select.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 1 local.get 2 local.get 0 i32.eqz select))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 123 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec60000000         sub rsp, 0x60
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8249000000           jb 0x79
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;      40: 44898425d8ffffff       mov dword ptr [rbp + riz - 0x28], r8d
;;   @0028: i32.eqz
;;      48: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;   @0029: select
;;      50: 4085db                 test ebx, ebx
;;      53: 0f94c3                 sete bl
;;      56: 400fb6db               movzx ebx, bl
;;      5a: 408bb425d8ffffff       mov esi, dword ptr [rbp + riz - 0x28]
;;      62: 408bbc25e0ffffff       mov edi, dword ptr [rbp + riz - 0x20]
;;      6a: 4085db                 test ebx, ebx
;;      6d: 0f45f7                 cmovne esi, edi
;;   @002a: end
;;      70: 4089f0                 mov eax, esi
;;      73: 4889ec                 mov rsp, rbp
;;      76: 405d                   pop rbp
;;      78: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      79: 0f0b                   ud2
