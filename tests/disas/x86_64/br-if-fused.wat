;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 30 instructions, 98 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f823e000000           jb 0x60
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4189cc                 mov r12d, ecx
;;   @0027: i32.lt_u
;;      2f: 4489e6                 mov esi, r12d
;;      32: 89df                   mov edi, ebx
;;   @0028: br_if 0 (;@1;)
;;      34: 39f7                   cmp edi, esi
;;      36: 0f8212000000           jb 0x4e
;;   @002c: return
;;      3c: b801000000             mov eax, 1
;;      41: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      45: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 5d                     pop rbp
;;      4d: c3                     ret
;;   @0030: end
;;      4e: b802000000             mov eax, 2
;;      53: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      57: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      5b: 4889ec                 mov rsp, rbp
;;      5e: 5d                     pop rbp
;;      5f: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      60: 0f0b                   ud2
