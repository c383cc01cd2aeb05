;; A comparison consumed by br_if becomes one compare-and-branch.
(module (func (export "f") (param i32 i32) (result i32) block local.get 0 local.get 1 i32.lt_u br_if 0 i32.const 1 return end i32.const 2))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 76 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8228000000           jb 0x4a
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;   @0027: i32.lt_u
;;      28: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      2b: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;   @0028: br_if 0 (;@1;)
;;      2e: 39de                   cmp esi, ebx
;;      30: 0f820a000000           jb 0x40
;;   @002c: return
;;      36: b801000000             mov eax, 1
;;      3b: 4889ec                 mov rsp, rbp
;;      3e: 5d                     pop rbp
;;      3f: c3                     ret
;;   @0030: end
;;      40: b802000000             mov eax, 2
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      4a: 0f0b                   ud2
