;; Multiple results.
(module (func (export "f") (param i32 i64) (result i64 i32) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 20 instructions, 112 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823e000000           jb 0x6e
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;      40: 4c898425f0ffffff       mov qword ptr [rbp + riz - 0x10], r8
;;   @0026: end
;;      48: 4c8b9425f0ffffff       mov r10, qword ptr [rbp + riz - 0x10]
;;      50: 448b9c25e8ffffff       mov r11d, dword ptr [rbp + riz - 0x18]
;;      58: 45899c2200000000       mov dword ptr [r10 + riz], r11d
;;      60: 488b8425e0ffffff       mov rax, qword ptr [rbp + riz - 0x20]
;;      68: 4889ec                 mov rsp, rbp
;;      6b: 405d                   pop rbp
;;      6d: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i64) (result i64 i32)
;;      6e: 0f0b                   ud2
