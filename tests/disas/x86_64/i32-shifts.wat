;; Shifts by a register (through cl) and by an immediate.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.shl i32.const 3 i32.shr_u local.get 1 i32.shr_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 69 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8221000000           jb 0x43
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;   @0025: i32.shl
;;      28: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      2b: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      2e: 89d9                   mov ecx, ebx
;;      30: d3e6                   shl esi, cl
;;   @0028: i32.shr_u
;;      32: c1ee03                 shr esi, 3
;;   @002b: i32.shr_s
;;      35: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      38: 89d9                   mov ecx, ebx
;;      3a: d3fe                   sar esi, cl
;;   @002c: end
;;      3c: 89f0                   mov eax, esi
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      43: 0f0b                   ud2
