;; Integer width conversions.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i64.extend_i32_s local.get 0 i64.extend_i32_u i64.add local.get 1 i32.wrap_i64 i64.extend_i32_u i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 28 instructions, 85 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8238000000           jb 0x53
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4989cc                 mov r12, rcx
;;   @0023: i64.extend_i32_s
;;      2f: 89de                   mov esi, ebx
;;      31: 4863f6                 movsxd rsi, esi
;;   @0026: i64.extend_i32_u
;;      34: 89df                   mov edi, ebx
;;      36: 89ff                   mov edi, edi
;;   @0027: i64.add
;;      38: 4801fe                 add rsi, rdi
;;   @002a: i32.wrap_i64
;;      3b: 4c89e7                 mov rdi, r12
;;   @002b: i64.extend_i32_u
;;      3e: 89ff                   mov edi, edi
;;   @002c: i64.add
;;      40: 4801fe                 add rsi, rdi
;;   @002d: end
;;      43: 4889f0                 mov rax, rsi
;;      46: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      4a: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      4e: 4889ec                 mov rsp, rbp
;;      51: 5d                     pop rbp
;;      52: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      53: 0f0b                   ud2
