;; i32.div_s: traps on zero and on INT_MIN / -1, out of line.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 30 instructions, 95 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8237000000           jb 0x59
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;   @0025: i32.div_s
;;      28: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      2b: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      2e: 85db                   test ebx, ebx
;;      30: 0f8425000000           je 0x5b
;;      36: 83fbff                 cmp ebx, -1
;;      39: 0f850c000000           jne 0x4b
;;      3f: 81fe00000080           cmp esi, 0x80000000
;;      45: 0f8412000000           je 0x5d
;;      4b: 89f0                   mov eax, esi
;;      4d: 99                     cdq
;;      4e: f7fb                   idiv ebx
;;      50: 89c6                   mov esi, eax
;;   @0026: end
;;      52: 89f0                   mov eax, esi
;;      54: 4889ec                 mov rsp, rbp
;;      57: 5d                     pop rbp
;;      58: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      59: 0f0b                   ud2
;;   @0025: i32.div_s
;;      5b: 0f0b                   ud2
;;      5d: 0f0b                   ud2
