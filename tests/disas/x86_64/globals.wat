;; Mutable global get and set.
(module (global $g (mut i64) (i64.const 0)) (func (export "f") (param i64) global.get $g local.get 0 i64.add global.set $g))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 19 instructions, 63 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8222000000           jb 0x3d
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4889d3                 mov rbx, rdx
;;   @0027: global.get $g
;;      29: 498b7650               mov rsi, qword ptr [r14 + 0x50]
;;   @002b: i64.add
;;      2d: 4801de                 add rsi, rbx
;;   @002c: global.set $g
;;      30: 49897650               mov qword ptr [r14 + 0x50], rsi
;;   @002e: end
;;      34: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      38: 4889ec                 mov rsp, rbp
;;      3b: 5d                     pop rbp
;;      3c: c3                     ret
;;   @0026: (func (;0;) (type 0) (param i64)
;;      3d: 0f0b                   ud2
