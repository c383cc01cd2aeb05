;; An immediate operand: the constant stays latent and becomes `add r, imm`.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.const 100 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 58 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f821d000000           jb 0x38
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0025: i32.add
;;      28: 89de                   mov esi, ebx
;;      2a: 83c664                 add esi, 0x64
;;   @0026: end
;;      2d: 89f0                   mov eax, esi
;;      2f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      33: 4889ec                 mov rsp, rbp
;;      36: 5d                     pop rbp
;;      37: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      38: 0f0b                   ud2
