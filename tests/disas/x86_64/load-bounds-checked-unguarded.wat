;;! no-guard-pages
;;! set enable_heap_access_spectre_mitigation=false
;; Without guard pages every access is bounds-checked against the memory's length. With
;; Spectre mitigation off (wasmtime defaults it on) the check is a branch to an out-of-line trap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 83 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8229000000           jb 0x4f
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0027: i32.load offset=4
;;      29: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      2c: 89db                   mov ebx, ebx
;;      2e: 4889de                 mov rsi, rbx
;;      31: 4883c608               add rsi, 8
;;      35: 4d8b5658               mov r10, qword ptr [r14 + 0x58]
;;      39: 4c39d6                 cmp rsi, r10
;;      3c: 0f870f000000           ja 0x51
;;      42: 4c01fb                 add rbx, r15
;;      45: 8b5b04                 mov ebx, dword ptr [rbx + 4]
;;   @002a: end
;;      48: 89d8                   mov eax, ebx
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 5d                     pop rbp
;;      4e: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      4f: 0f0b                   ud2
;;   @0027: i32.load offset=4
;;      51: 0f0b                   ud2
