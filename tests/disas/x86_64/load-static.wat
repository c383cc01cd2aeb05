;; A load from a memory with guard pages: no bounds check.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 20 instructions, 97 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822f000000           jb 0x5f
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0027: i32.load
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      4b: 4c01d3                 add rbx, r10
;;      4e: 408b9c2300000000       mov ebx, dword ptr [rbx + riz]
;;   @002a: end
;;      56: 4089d8                 mov eax, ebx
;;      59: 4889ec                 mov rsp, rbp
;;      5c: 405d                   pop rbp
;;      5e: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      5f: 0f0b                   ud2
