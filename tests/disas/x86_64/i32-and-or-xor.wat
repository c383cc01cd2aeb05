;; Bitwise operators.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 0 local.get 1 i32.and local.get 2 i32.or local.get 0 i32.xor))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 71 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8223000000           jb 0x45
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;      28: 448945d8               mov dword ptr [rbp - 0x28], r8d
;;   @0026: i32.and
;;      2c: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      2f: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      32: 21de                   and esi, ebx
;;   @0029: i32.or
;;      34: 8b5dd8                 mov ebx, dword ptr [rbp - 0x28]
;;      37: 09de                   or esi, ebx
;;   @002c: i32.xor
;;      39: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      3c: 31de                   xor esi, ebx
;;   @002d: end
;;      3e: 89f0                   mov eax, esi
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      45: 0f0b                   ud2
