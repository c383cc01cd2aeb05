;; Mutable global get and set.
(module (global $g (mut i64) (i64.const 0)) (func (export "f") (param i64) global.get $g local.get 0 i64.add global.set $g))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 18 instructions, 91 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8229000000           jb 0x59
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;   @0027: global.get $g
;;      38: 498b9c2650000000       mov rbx, qword ptr [r14 + riz + 0x50]
;;   @002b: i64.add
;;      40: 488bb425e8ffffff       mov rsi, qword ptr [rbp + riz - 0x18]
;;      48: 4801f3                 add rbx, rsi
;;   @002c: global.set $g
;;      4b: 49899c2650000000       mov qword ptr [r14 + riz + 0x50], rbx
;;   @002e: end
;;      53: 4889ec                 mov rsp, rbp
;;      56: 405d                   pop rbp
;;      58: c3                     ret
;;   @0026: (func (;0;) (type 0) (param i64)
;;      59: 0f0b                   ud2
