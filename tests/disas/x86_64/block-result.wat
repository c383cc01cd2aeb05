;; A block result carried by a branch.
(module (func (export "f") (param i32) (result i32) block (result i32) i32.const 7 local.get 0 br_if 0 drop i32.const 9 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 118 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8244000000           jb 0x74
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0026: br_if 0 (;@1;)
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4085db                 test ebx, ebx
;;      43: 0f8411000000           je 0x5a
;;      49: 40c78425d8ffffff07000000 mov dword ptr [rbp + riz - 0x28], 7
;;      55: e90c000000             jmp 0x66
;;   @002b: end
;;      5a: 40c78425d8ffffff09000000 mov dword ptr [rbp + riz - 0x28], 9
;;   @002c: end
;;      66: 408b8425d8ffffff       mov eax, dword ptr [rbp + riz - 0x28]
;;      6e: 4889ec                 mov rsp, rbp
;;      71: 405d                   pop rbp
;;      73: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      74: 0f0b                   ud2
