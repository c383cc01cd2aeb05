;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 28 instructions, 94 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8241000000           jb 0x5c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4189cc                 mov r12d, ecx
;;   @0028: br_if 0 (;@1;)
;;      2f: 4439e3                 cmp ebx, r12d
;;      32: 0f8212000000           jb 0x4a
;;   @002c: return
;;      38: b801000000             mov eax, 1
;;      3d: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      41: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0030: end
;;      4a: b802000000             mov eax, 2
;;      4f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      53: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      57: 4889ec                 mov rsp, rbp
;;      5a: 5d                     pop rbp
;;      5b: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      5c: 0f0b                   ud2
