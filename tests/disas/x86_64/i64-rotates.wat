;; Rotates.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rotl i64.const 13 i64.rotr))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 69 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8221000000           jb 0x43
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;      26: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;   @0025: i64.rotl
;;      2a: 488b5de0               mov rbx, qword ptr [rbp - 0x20]
;;      2e: 488b75e8               mov rsi, qword ptr [rbp - 0x18]
;;      32: 89d9                   mov ecx, ebx
;;      34: 48d3c6                 rol rsi, cl
;;   @0028: i64.rotr
;;      37: 48c1ce0d               ror rsi, 0xd
;;   @0029: end
;;      3b: 4889f0                 mov rax, rsi
;;      3e: 4889ec                 mov rsp, rbp
;;      41: 5d                     pop rbp
;;      42: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      43: 0f0b                   ud2
