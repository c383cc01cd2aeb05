;; memory.size reads the length; memory.grow calls a builtin.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 memory.grow memory.size i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 31 instructions, 96 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8238000000           jb 0x5e
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0027: memory.grow
;;      29: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      2c: 89db                   mov ebx, ebx
;;      2e: 4c89f7                 mov rdi, r14
;;      31: 4889de                 mov rsi, rbx
;;      34: 31d2                   xor edx, edx
;;      36: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      3a: 4d8b12                 mov r10, qword ptr [r10]
;;      3d: 41ffd2                 call r10
;;      40: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      44: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      48: 89c3                   mov ebx, eax
;;   @0029: memory.size
;;      4a: 4d8b5658               mov r10, qword ptr [r14 + 0x58]
;;      4e: 4c89d6                 mov rsi, r10
;;      51: 48c1ee10               shr rsi, 0x10
;;   @002b: i32.add
;;      55: 01f3                   add ebx, esi
;;   @002c: end
;;      57: 89d8                   mov eax, ebx
;;      59: 4889ec                 mov rsp, rbp
;;      5c: 5d                     pop rbp
;;      5d: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      5e: 0f0b                   ud2
