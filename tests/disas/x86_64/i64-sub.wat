;; i64.sub.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.sub))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 63 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821b000000           jb 0x3d
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;      26: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;   @0025: i64.sub
;;      2a: 488b5de0               mov rbx, qword ptr [rbp - 0x20]
;;      2e: 488b75e8               mov rsi, qword ptr [rbp - 0x18]
;;      32: 4829de                 sub rsi, rbx
;;   @0026: end
;;      35: 4889f0                 mov rax, rsi
;;      38: 4889ec                 mov rsp, rbp
;;      3b: 5d                     pop rbp
;;      3c: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      3d: 0f0b                   ud2
