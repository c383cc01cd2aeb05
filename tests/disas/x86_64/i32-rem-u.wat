;; i32.rem_u.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.rem_u))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 73 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8223000000           jb 0x45
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;   @0025: i32.rem_u
;;      28: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      2b: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      2e: 85db                   test ebx, ebx
;;      30: 0f8411000000           je 0x47
;;      36: 89f0                   mov eax, esi
;;      38: 31d2                   xor edx, edx
;;      3a: f7f3                   div ebx
;;      3c: 89d6                   mov esi, edx
;;   @0026: end
;;      3e: 89f0                   mov eax, esi
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      45: 0f0b                   ud2
;;   @0025: i32.rem_u
;;      47: 0f0b                   ud2
