;; eqz feeding select.
(module (func (export "f") (param i32 i32 i32) (result i32) local.get 1 local.get 2 local.get 0 i32.eqz select))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 75 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec60000000         sub rsp, 0x60
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8227000000           jb 0x49
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;      28: 448945d8               mov dword ptr [rbp - 0x28], r8d
;;   @0028: i32.eqz
;;      2c: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;   @0029: select
;;      2f: 85db                   test ebx, ebx
;;      31: 0f94c3                 sete bl
;;      34: 0fb6db                 movzx ebx, bl
;;      37: 8b75d8                 mov esi, dword ptr [rbp - 0x28]
;;      3a: 8b7de0                 mov edi, dword ptr [rbp - 0x20]
;;      3d: 85db                   test ebx, ebx
;;      3f: 0f45f7                 cmovne esi, edi
;;   @002a: end
;;      42: 89f0                   mov eax, esi
;;      44: 4889ec                 mov rsp, rbp
;;      47: 5d                     pop rbp
;;      48: c3                     ret
;;   @0021: (func (;0;) (type 0) (param i32 i32 i32) (result i32)
;;      49: 0f0b                   ud2
