;; br_table through a jump table.
(module (func (export "f") (param i32) (result i32) block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 33 instructions, 146 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8260000000           jb 0x90
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0028: br_table 0 (;@3;) 1 (;@2;) 2 (;@1;)
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4081fb02000000         cmp ebx, 2
;;      4a: 0f8334000000           jae 0x84
;;      50: 4c8d1d0b000000         lea r11, [rip + 0xb]
;;      57: 488d5c9b00             lea rbx, [rbx + rbx*4]
;;      5c: 4901db                 add r11, rbx
;;      5f: 41ffe3                 jmp r11
;;      62: e905000000             jmp 0x6c
;;      67: e90c000000             jmp 0x78
;;   @0030: return
;;      6c: 40b80a000000           mov eax, 0xa
;;      72: 4889ec                 mov rsp, rbp
;;      75: 405d                   pop rbp
;;      77: c3                     ret
;;   @0034: return
;;      78: 40b814000000           mov eax, 0x14
;;      7e: 4889ec                 mov rsp, rbp
;;      81: 405d                   pop rbp
;;      83: c3                     ret
;;   @0038: end
;;      84: 40b81e000000           mov eax, 0x1e
;;      8a: 4889ec                 mov rsp, rbp
;;      8d: 405d                   pop rbp
;;      8f: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      90: 0f0b                   ud2
