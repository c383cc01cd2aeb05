;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 115 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8241000000           jb 0x71
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;   @0027: i32.lt_u
;;      40: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      48: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;   @0028: br_if 0 (;@1;)
;;      50: 403bf3                 cmp esi, ebx
;;      53: 0f820c000000           jb 0x65
;;   @002c: return
;;      59: 40b801000000           mov eax, 1
;;      5f: 4889ec                 mov rsp, rbp
;;      62: 405d                   pop rbp
;;      64: c3                     ret
;;   @0030: end
;;      65: 40b802000000           mov eax, 2
;;      6b: 4889ec                 mov rsp, rbp
;;      6e: 405d                   pop rbp
;;      70: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      71: 0f0b                   ud2
