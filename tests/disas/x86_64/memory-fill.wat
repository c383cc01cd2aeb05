;; Bulk memory through a builtin.
(module (memory 1) (func (export "f") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 81 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec60000000         sub rsp, 0x60
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822d000000           jb 0x4f
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;      28: 448945d8               mov dword ptr [rbp - 0x28], r8d
;;   @002c: memory.fill
;;      2c: 4c89f7                 mov rdi, r14
;;      2f: 31f6                   xor esi, esi
;;      31: 8b55e8                 mov edx, dword ptr [rbp - 0x18]
;;      34: 8b4de0                 mov ecx, dword ptr [rbp - 0x20]
;;      37: 448b45d8               mov r8d, dword ptr [rbp - 0x28]
;;      3b: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      3f: 4d8b5228               mov r10, qword ptr [r10 + 0x28]
;;      43: 41ffd2                 call r10
;;      46: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;   @002f: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 5d                     pop rbp
;;      4e: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32 i32 i32)
;;      4f: 0f0b                   ud2
