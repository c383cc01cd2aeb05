;;! no-guard-pages
;;! set enable_heap_access_spectre_mitigation=false
;; Without guard pages every access is bounds-checked against the memory's length. With
;; Spectre mitigation off (wasmtime defaults it on) the check is a branch to an out-of-line trap.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load offset=4))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 126 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824a000000           jb 0x7a
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0027: i32.load offset=4
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4889de                 mov rsi, rbx
;;      46: 4881c608000000         add rsi, 8
;;      4d: 4d8b942658000000       mov r10, qword ptr [r14 + riz + 0x58]
;;      55: 493bf2                 cmp rsi, r10
;;      58: 0f871e000000           ja 0x7c
;;      5e: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      66: 4c01d3                 add rbx, r10
;;      69: 408b9c2304000000       mov ebx, dword ptr [rbx + riz + 4]
;;   @002a: end
;;      71: 4089d8                 mov eax, ebx
;;      74: 4889ec                 mov rsp, rbp
;;      77: 405d                   pop rbp
;;      79: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      7a: 0f0b                   ud2
;;   @0027: i32.load offset=4
;;      7c: 0f0b                   ud2
