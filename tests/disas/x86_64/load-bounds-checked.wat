;;! no-guard-pages
;; Without guard pages every access is bounds-checked against the memory's length. Under
;; Spectre mitigation (wasmtime's default) the check is branch-free, as Cranelift's: the whole
;; address, offset included, becomes null by a conditional move when the access would end past
;; the memory's length, and the load itself faults there. Not even a mispredicted path can read
;; outside the heap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 27 instructions, 84 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f822c000000           jb 0x52
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0027: i32.load offset=4
;;      29: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      2c: 89db                   mov ebx, ebx
;;      2e: 4889de                 mov rsi, rbx
;;      31: 4883c608               add rsi, 8
;;      35: 4c01fb                 add rbx, r15
;;      38: 4883c304               add rbx, 4
;;      3c: 4d8b5658               mov r10, qword ptr [r14 + 0x58]
;;      40: 31c0                   xor eax, eax
;;      42: 4c39d6                 cmp rsi, r10
;;      45: 480f47d8               cmova rbx, rax
;;      49: 8b1b                   mov ebx, dword ptr [rbx]
;;   @002a: end
;;      4b: 89d8                   mov eax, ebx
;;      4d: 4889ec                 mov rsp, rbp
;;      50: 5d                     pop rbp
;;      51: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      52: 0f0b                   ud2
