;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 27 instructions, 89 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec60000000         sub rsp, 0x60
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8231000000           jb 0x57
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      29: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;      2c: 448945d8               mov dword ptr [rbp - 0x28], r8d
;;   @002c: memory.fill
;;      30: 4c89f7                 mov rdi, r14
;;      33: 31f6                   xor esi, esi
;;      35: 8b55e8                 mov edx, dword ptr [rbp - 0x18]
;;      38: 8b4de0                 mov ecx, dword ptr [rbp - 0x20]
;;      3b: 448b45d8               mov r8d, dword ptr [rbp - 0x28]
;;      3f: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      43: 4d8b5228               mov r10, qword ptr [r10 + 0x28]
;;      47: 41ffd2                 call r10
;;      4a: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      4e: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;   @002f: end
;;      52: 4889ec                 mov rsp, rbp
;;      55: 5d                     pop rbp
;;      56: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      57: 0f0b                   ud2
