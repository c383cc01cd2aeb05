;; An immediate operand: the constant stays latent and becomes `add r, imm`.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.const 100 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 17 instructions, 82 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0025: i32.add
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4081c364000000         add ebx, 0x64
;;   @0026: end
;;      47: 4089d8                 mov eax, ebx
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      50: 0f0b                   ud2
