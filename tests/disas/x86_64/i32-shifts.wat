;; Shifts by a register (through cl) and by an immediate.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.shl i32.const 3 i32.shr_u local.get 1 i32.shr_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 79 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8232000000           jb 0x4d
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4189cc                 mov r12d, ecx
;;   @0025: i32.shl
;;      2f: 4489e1                 mov ecx, r12d
;;      32: 89de                   mov esi, ebx
;;      34: d3e6                   shl esi, cl
;;   @0028: i32.shr_u
;;      36: c1ee03                 shr esi, 3
;;   @002b: i32.shr_s
;;      39: 4489e1                 mov ecx, r12d
;;      3c: d3fe                   sar esi, cl
;;   @002c: end
;;      3e: 89f0                   mov eax, esi
;;      40: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      44: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 5d                     pop rbp
;;      4c: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      4d: 0f0b                   ud2
