;;! no-guard-pages
;; A bounds-checked store.
(module (memory 1) (func (export "f") (param i32 f64) local.get 0 local.get 1 f64.store))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 27 instructions, 90 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8232000000           jb 0x58
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      29: f20f1145e0             movsd qword ptr [rbp - 0x20], xmm0
;;   @0029: f64.store
;;      2e: f20f1045e0             movsd xmm0, qword ptr [rbp - 0x20]
;;      33: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      36: 89db                   mov ebx, ebx
;;      38: 4889de                 mov rsi, rbx
;;      3b: 4883c608               add rsi, 8
;;      3f: 4c01fb                 add rbx, r15
;;      42: 4d8b5658               mov r10, qword ptr [r14 + 0x58]
;;      46: 31c0                   xor eax, eax
;;      48: 4c39d6                 cmp rsi, r10
;;      4b: 480f47d8               cmova rbx, rax
;;      4f: f20f1103               movsd qword ptr [rbx], xmm0
;;   @002c: end
;;      53: 4889ec                 mov rsp, rbp
;;      56: 5d                     pop rbp
;;      57: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32 f64)
;;      58: 0f0b                   ud2
