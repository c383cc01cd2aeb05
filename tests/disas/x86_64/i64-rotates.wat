;; Rotates.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rotl i64.const 13 i64.rotr))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 79 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8232000000           jb 0x4d
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4889d3                 mov rbx, rdx
;;      2d: 4989cc                 mov r12, rcx
;;   @0025: i64.rotl
;;      30: 4489e1                 mov ecx, r12d
;;      33: 4889de                 mov rsi, rbx
;;      36: 48d3c6                 rol rsi, cl
;;   @0028: i64.rotr
;;      39: 48c1ce0d               ror rsi, 0xd
;;   @0029: end
;;      3d: 4889f0                 mov rax, rsi
;;      40: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      44: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 5d                     pop rbp
;;      4c: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      4d: 0f0b                   ud2
