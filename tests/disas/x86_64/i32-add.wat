;; i32.add of two parameters.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 94 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822c000000           jb 0x5c
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;   @0025: i32.add
;;      40: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      48: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      50: 4001de                 add esi, ebx
;;   @0026: end
;;      53: 4089f0                 mov eax, esi
;;      56: 4889ec                 mov rsp, rbp
;;      59: 405d                   pop rbp
;;      5b: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      5c: 0f0b                   ud2
