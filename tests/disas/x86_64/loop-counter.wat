;; A counting loop.
(module (func (export "f") (param i32) (result i32) (local i32) loop local.get 1 i32.const 1 i32.add local.set 1 local.get 1 local.get 0 i32.lt_u br_if 0 end local.get 1))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 132 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8252000000           jb 0x82
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 48c78425e0ffffff00000000 mov qword ptr [rbp + riz - 0x20], 0
;;   @0028: i32.add
;;      44: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      4c: 4081c301000000         add ebx, 1
;;   @0029: local.set 1
;;      53: 40899c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ebx
;;   @002f: i32.lt_u
;;      5b: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      63: 408bb425e0ffffff       mov esi, dword ptr [rbp + riz - 0x20]
;;   @0030: br_if 0 (;@1;)
;;      6b: 403bf3                 cmp esi, ebx
;;      6e: 0f82d0ffffff           jb 0x44
;;   @0035: end
;;      74: 408b8425e0ffffff       mov eax, dword ptr [rbp + riz - 0x20]
;;      7c: 4889ec                 mov rsp, rbp
;;      7f: 405d                   pop rbp
;;      81: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      82: 0f0b                   ud2
