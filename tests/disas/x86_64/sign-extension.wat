;; The sign-extension operators.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i32.extend8_s i32.extend16_s i64.extend_i32_s local.get 1 i64.extend32_s i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 108 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823a000000           jb 0x6a
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;   @0023: i32.extend8_s
;;      40: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      48: 400fbedb               movsx ebx, bl
;;   @0024: i32.extend16_s
;;      4c: 400fbfdb               movsx ebx, bx
;;   @0025: i64.extend_i32_s
;;      50: 4863db                 movsxd rbx, ebx
;;   @0028: i64.extend32_s
;;      53: 488bb425e0ffffff       mov rsi, qword ptr [rbp + riz - 0x20]
;;      5b: 4863f6                 movsxd rsi, esi
;;   @0029: i64.add
;;      5e: 4801f3                 add rbx, rsi
;;   @002a: end
;;      61: 4889d8                 mov rax, rbx
;;      64: 4889ec                 mov rsp, rbp
;;      67: 405d                   pop rbp
;;      69: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      6a: 0f0b                   ud2
