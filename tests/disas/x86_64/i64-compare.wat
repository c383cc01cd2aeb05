;; A comparison materialised as a value (setcc + movzx).
(module (func (export "f") (param i64 i64) (result i32) local.get 0 local.get 1 i64.lt_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 76 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822f000000           jb 0x4a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4889d3                 mov rbx, rdx
;;      2d: 4989cc                 mov r12, rcx
;;   @0026: end
;;      30: 4c39e3                 cmp rbx, r12
;;      33: 400f9cc6               setl sil
;;      37: 400fb6f6               movzx esi, sil
;;      3b: 89f0                   mov eax, esi
;;      3d: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      41: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i32)
;;      4a: 0f0b                   ud2
