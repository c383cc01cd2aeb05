;; A comparison materialised as a value (setcc + movzx).
(module (func (export "f") (param i64 i64) (result i32) local.get 0 local.get 1 i64.lt_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 102 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8234000000           jb 0x64
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;   @0025: i64.lt_s
;;      40: 488b9c25e0ffffff       mov rbx, qword ptr [rbp + riz - 0x20]
;;      48: 488bb425e8ffffff       mov rsi, qword ptr [rbp + riz - 0x18]
;;   @0026: end
;;      50: 483bf3                 cmp rsi, rbx
;;      53: 400f9cc6               setl sil
;;      57: 400fb6f6               movzx esi, sil
;;      5b: 4089f0                 mov eax, esi
;;      5e: 4889ec                 mov rsp, rbp
;;      61: 405d                   pop rbp
;;      63: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i64 i64) (result i32)
;;      64: 0f0b                   ud2
