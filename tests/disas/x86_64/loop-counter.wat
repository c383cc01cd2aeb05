;; A counting loop.
(module (func (export "f") (param i32) (result i32) (local i32) loop local.get 1 i32.const 1 i32.add local.set 1 local.get 1 local.get 0 i32.lt_u br_if 0 end local.get 1))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 78 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822a000000           jb 0x4c
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 48c745e000000000       mov qword ptr [rbp - 0x20], 0
;;   @0028: i32.add
;;      2d: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      30: 83c301                 add ebx, 1
;;   @0029: local.set 1
;;      33: 895de0                 mov dword ptr [rbp - 0x20], ebx
;;   @002f: i32.lt_u
;;      36: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      39: 8b75e0                 mov esi, dword ptr [rbp - 0x20]
;;   @0030: br_if 0 (;@1;)
;;      3c: 39de                   cmp esi, ebx
;;      3e: 0f82e9ffffff           jb 0x2d
;;   @0035: end
;;      44: 8b45e0                 mov eax, dword ptr [rbp - 0x20]
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      4c: 0f0b                   ud2
