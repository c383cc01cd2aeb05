;; Rotates.
(module (func (export "f") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rotl i64.const 13 i64.rotr))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 101 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8233000000           jb 0x63
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;   @0025: i64.rotl
;;      40: 488b9c25e0ffffff       mov rbx, qword ptr [rbp + riz - 0x20]
;;      48: 488bb425e8ffffff       mov rsi, qword ptr [rbp + riz - 0x18]
;;      50: 4089d9                 mov ecx, ebx
;;      53: 48d3c6                 rol rsi, cl
;;   @0028: i64.rotr
;;      56: 48c1ce0d               ror rsi, 0xd
;;   @0029: end
;;      5a: 4889f0                 mov rax, rsi
;;      5d: 4889ec                 mov rsp, rbp
;;      60: 405d                   pop rbp
;;      62: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i64)
;;      63: 0f0b                   ud2
