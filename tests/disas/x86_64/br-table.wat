;; br_table through a jump table.
(module (func (export "f") (param i32) (result i32) block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 37 instructions, 125 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8260000000           jb 0x7b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0028: br_table 0 (;@3;) 1 (;@2;) 2 (;@1;)
;;      28: 89de                   mov esi, ebx
;;      2a: 89f6                   mov esi, esi
;;      2c: 83fe02                 cmp esi, 2
;;      2f: 0f8338000000           jae 0x6d
;;      35: 4c8d1d0b000000         lea r11, [rip + 0xb]
;;      3c: 488d74b600             lea rsi, [rsi + rsi*4]
;;      41: 4901f3                 add r11, rsi
;;      44: 41ffe3                 jmp r11
;;      47: e905000000             jmp 0x51
;;      4c: e90e000000             jmp 0x5f
;;   @0030: return
;;      51: b80a000000             mov eax, 0xa
;;      56: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      5a: 4889ec                 mov rsp, rbp
;;      5d: 5d                     pop rbp
;;      5e: c3                     ret
;;   @0034: return
;;      5f: b814000000             mov eax, 0x14
;;      64: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      68: 4889ec                 mov rsp, rbp
;;      6b: 5d                     pop rbp
;;      6c: c3                     ret
;;   @0038: end
;;      6d: b81e000000             mov eax, 0x1e
;;      72: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      76: 4889ec                 mov rsp, rbp
;;      79: 5d                     pop rbp
;;      7a: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      7b: 0f0b                   ud2
