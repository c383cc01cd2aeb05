;;! no-guard-pages
;;! set enable_heap_access_spectre_mitigation=false
;; Without guard pages every access is bounds-checked against the memory's length. With
;; Spectre mitigation off (wasmtime defaults it on) the check is a branch to an out-of-line trap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 27 instructions, 87 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8238000000           jb 0x53
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @0027: i32.load offset=4
;;      2c: 89de                   mov esi, ebx
;;      2e: 4889f7                 mov rdi, rsi
;;      31: 4883c708               add rdi, 8
;;      35: 4d8b5658               mov r10, qword ptr [r14 + 0x58]
;;      39: 4c39d7                 cmp rdi, r10
;;      3c: 0f8713000000           ja 0x55
;;      42: 4c01fe                 add rsi, r15
;;      45: 8b7604                 mov esi, dword ptr [rsi + 4]
;;   @002a: end
;;      48: 89f0                   mov eax, esi
;;      4a: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      4e: 4889ec                 mov rsp, rbp
;;      51: 5d                     pop rbp
;;      52: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      53: 0f0b                   ud2
;;   @0027: i32.load offset=4
;;      55: 0f0b                   ud2
