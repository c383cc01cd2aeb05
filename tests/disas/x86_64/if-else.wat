;; if/else producing a value.
(module (func (export "f") (param i32) (result i32) local.get 0 if (result i32) i32.const 1 else i32.const 2 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 118 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8244000000           jb 0x74
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0022: if (result i32) ;; label = @1
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4085db                 test ebx, ebx
;;      43: 0f8411000000           je 0x5a
;;   @0026: else
;;      49: 40c78425d8ffffff01000000 mov dword ptr [rbp + riz - 0x28], 1
;;      55: e90c000000             jmp 0x66
;;   @0029: end
;;      5a: 40c78425d8ffffff02000000 mov dword ptr [rbp + riz - 0x28], 2
;;   @002a: end
;;      66: 408b8425d8ffffff       mov eax, dword ptr [rbp + riz - 0x28]
;;      6e: 4889ec                 mov rsp, rbp
;;      71: 405d                   pop rbp
;;      73: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      74: 0f0b                   ud2
