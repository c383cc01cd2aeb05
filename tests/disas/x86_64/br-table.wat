;; br_table through a jump table.
(module (func (export "f") (param i32) (result i32) block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 33 instructions, 111 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f824b000000           jb 0x6d
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0028: br_table 0 (;@3;) 1 (;@2;) 2 (;@1;)
;;      25: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      28: 89db                   mov ebx, ebx
;;      2a: 83fb02                 cmp ebx, 2
;;      2d: 0f8330000000           jae 0x63
;;      33: 4c8d1d0b000000         lea r11, [rip + 0xb]
;;      3a: 488d5c9b00             lea rbx, [rbx + rbx*4]
;;      3f: 4901db                 add r11, rbx
;;      42: 41ffe3                 jmp r11
;;      45: e905000000             jmp 0x4f
;;      4a: e90a000000             jmp 0x59
;;   @0030: return
;;      4f: b80a000000             mov eax, 0xa
;;      54: 4889ec                 mov rsp, rbp
;;      57: 5d                     pop rbp
;;      58: c3                     ret
;;   @0034: return
;;      59: b814000000             mov eax, 0x14
;;      5e: 4889ec                 mov rsp, rbp
;;      61: 5d                     pop rbp
;;      62: c3                     ret
;;   @0038: end
;;      63: b81e000000             mov eax, 0x1e
;;      68: 4889ec                 mov rsp, rbp
;;      6b: 5d                     pop rbp
;;      6c: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      6d: 0f0b                   ud2
