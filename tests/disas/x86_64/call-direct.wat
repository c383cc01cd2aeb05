;; A direct call.
(module (func $callee (param i32) (result i32) local.get 0) (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, x86_64-unknown-linux-gnu: 17 instructions, 53 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8218000000           jb 0x33
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0023: end
;;      28: 89d8                   mov eax, ebx
;;      2a: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      2e: 4889ec                 mov rsp, rbp
;;      31: 5d                     pop rbp
;;      32: c3                     ret
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;      33: 0f0b                   ud2
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 77 bytes
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8230000000           jb 0x4b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @002a: i32.add
;;      28: 89de                   mov esi, ebx
;;      2a: 83c601                 add esi, 1
;;   @002b: call $callee
;;      2d: 4c89f7                 mov rdi, r14
;;      30: 89f2                   mov edx, esi
;;      32: 4c89f6                 mov rsi, r14
;;      35: e886ffffff             call 0xffffffffffffffc0
;;      3a: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      3e: 89c6                   mov esi, eax
;;   @002d: end
;;      40: 89f0                   mov eax, esi
;;      42: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      46: 4889ec                 mov rsp, rbp
;;      49: 5d                     pop rbp
;;      4a: c3                     ret
;;   @0025: (func (;1;) (type 0) (param i32) (result i32)
;;      4b: 0f0b                   ud2
