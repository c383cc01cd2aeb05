;; A store with a static offset.
(module (memory 1) (func (export "f") (param i32 i64) local.get 0 local.get 1 i64.store offset=16))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 110 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823c000000           jb 0x6c
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;   @0029: i64.store offset=16
;;      40: 488b9c25e0ffffff       mov rbx, qword ptr [rbp + riz - 0x20]
;;      48: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      50: 4089f6                 mov esi, esi
;;      53: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      5b: 4c01d6                 add rsi, r10
;;      5e: 48899c2610000000       mov qword ptr [rsi + riz + 0x10], rbx
;;   @002c: end
;;      66: 4889ec                 mov rsp, rbp
;;      69: 405d                   pop rbp
;;      6b: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32 i64)
;;      6c: 0f0b                   ud2
