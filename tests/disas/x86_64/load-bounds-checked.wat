;;! no-guard-pages
;; Without guard pages every access is bounds-checked against the memory's length. Under
;; Spectre mitigation (wasmtime's default) the check is branch-free, as Cranelift's: the whole
;; address, offset included, becomes null by a conditional move when the access would end past
;; the memory's length, and the load itself faults there. Not even a mispredicted path can read
;; outside the heap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 28 instructions, 88 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f823b000000           jb 0x56
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @0027: i32.load offset=4
;;      2c: 89de                   mov esi, ebx
;;      2e: 4889f7                 mov rdi, rsi
;;      31: 4883c708               add rdi, 8
;;      35: 4c01fe                 add rsi, r15
;;      38: 4883c604               add rsi, 4
;;      3c: 4d8b5658               mov r10, qword ptr [r14 + 0x58]
;;      40: 31c0                   xor eax, eax
;;      42: 4c39d7                 cmp rdi, r10
;;      45: 480f47f0               cmova rsi, rax
;;      49: 8b36                   mov esi, dword ptr [rsi]
;;   @002a: end
;;      4b: 89f0                   mov eax, esi
;;      4d: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      51: 4889ec                 mov rsp, rbp
;;      54: 5d                     pop rbp
;;      55: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      56: 0f0b                   ud2
