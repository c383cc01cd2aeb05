;; i32.mul, and a multiply by an immediate.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.mul i32.const 10 i32.mul))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 20 instructions, 61 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8219000000           jb 0x3b
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;   @0025: i32.mul
;;      28: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      2b: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      2e: 0faff3                 imul esi, ebx
;;   @0028: i32.mul
;;      31: 6bf60a                 imul esi, esi, 0xa
;;   @0029: end
;;      34: 89f0                   mov eax, esi
;;      36: 4889ec                 mov rsp, rbp
;;      39: 5d                     pop rbp
;;      3a: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      3b: 0f0b                   ud2
