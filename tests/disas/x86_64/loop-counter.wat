;; A counting loop.
(module (func (export "f") (param i32) (result i32) (local i32) loop local.get 1 i32.const 1 i32.add local.set 1 local.get 1 local.get 0 i32.lt_u br_if 0 end local.get 1))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 78 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8231000000           jb 0x4c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4531e4                 xor r12d, r12d
;;   @0028: i32.add
;;      2f: 4183c401               add r12d, 1
;;   @0030: br_if 0 (;@1;)
;;      33: 4139dc                 cmp r12d, ebx
;;      36: 0f82f3ffffff           jb 0x2f
;;   @0035: end
;;      3c: 4489e0                 mov eax, r12d
;;      3f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      43: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      4c: 0f0b                   ud2
