;; Integer width conversions.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i64.extend_i32_s local.get 0 i64.extend_i32_u i64.add local.get 1 i32.wrap_i64 i64.extend_i32_u i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 74 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8226000000           jb 0x48
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;   @0023: i64.extend_i32_s
;;      29: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      2c: 4863db                 movsxd rbx, ebx
;;   @0026: i64.extend_i32_u
;;      2f: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      32: 89f6                   mov esi, esi
;;   @0027: i64.add
;;      34: 4801f3                 add rbx, rsi
;;   @002a: i32.wrap_i64
;;      37: 488b75e0               mov rsi, qword ptr [rbp - 0x20]
;;   @002b: i64.extend_i32_u
;;      3b: 89f6                   mov esi, esi
;;   @002c: i64.add
;;      3d: 4801f3                 add rbx, rsi
;;   @002d: end
;;      40: 4889d8                 mov rax, rbx
;;      43: 4889ec                 mov rsp, rbp
;;      46: 5d                     pop rbp
;;      47: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      48: 0f0b                   ud2
