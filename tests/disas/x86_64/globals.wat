;; Mutable global get and set.
(module (global $g (mut i64) (i64.const 0)) (func (export "f") (param i64) global.get $g local.get 0 i64.add global.set $g))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 18 instructions, 60 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8218000000           jb 0x3a
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;   @0027: global.get $g
;;      26: 498b5e50               mov rbx, qword ptr [r14 + 0x50]
;;   @002b: i64.add
;;      2a: 488b75e8               mov rsi, qword ptr [rbp - 0x18]
;;      2e: 4801f3                 add rbx, rsi
;;   @002c: global.set $g
;;      31: 49895e50               mov qword ptr [r14 + 0x50], rbx
;;   @002e: end
;;      35: 4889ec                 mov rsp, rbp
;;      38: 5d                     pop rbp
;;      39: c3                     ret
;;   @0026: (func (;0;) (type 0) (param i64)
;;      3a: 0f0b                   ud2
