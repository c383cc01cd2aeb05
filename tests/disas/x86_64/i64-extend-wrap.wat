;; Integer width conversions.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i64.extend_i32_s local.get 0 i64.extend_i32_u i64.add local.get 1 i32.wrap_i64 i64.extend_i32_u i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 114 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8240000000           jb 0x70
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;   @0023: i64.extend_i32_s
;;      40: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      48: 4863db                 movsxd rbx, ebx
;;   @0026: i64.extend_i32_u
;;      4b: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      53: 4089f6                 mov esi, esi
;;   @0027: i64.add
;;      56: 4801f3                 add rbx, rsi
;;   @002a: i32.wrap_i64
;;      59: 488bb425e0ffffff       mov rsi, qword ptr [rbp + riz - 0x20]
;;   @002b: i64.extend_i32_u
;;      61: 4089f6                 mov esi, esi
;;   @002c: i64.add
;;      64: 4801f3                 add rbx, rsi
;;   @002d: end
;;      67: 4889d8                 mov rax, rbx
;;      6a: 4889ec                 mov rsp, rbp
;;      6d: 405d                   pop rbp
;;      6f: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      70: 0f0b                   ud2
