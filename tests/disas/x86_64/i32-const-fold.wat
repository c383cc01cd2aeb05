;; Constant operands fold at compile time.
(module (func (export "f") (result i32) i32.const 6 i32.const 7 i32.mul))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 14 instructions, 62 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f820c000000           jb 0x3c
;;   @0024: end
;;      30: 40b82a000000           mov eax, 0x2a
;;      36: 4889ec                 mov rsp, rbp
;;      39: 405d                   pop rbp
;;      3b: c3                     ret
;;   @001e: (func (;0;) (type 0) (result i32)
;;      3c: 0f0b                   ud2
