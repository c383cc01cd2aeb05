;;! no-guard-pages
;; A bounds-checked store.
(module (memory 1) (func (export "f") (param i32 f64) local.get 0 local.get 1 f64.store))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 27 instructions, 144 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f825e000000           jb 0x8e
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: f2400f118425e0ffffff   movsd qword ptr [rbp + riz - 0x20], xmm0
;;   @0029: f64.store
;;      42: f2400f108425e0ffffff   movsd xmm0, qword ptr [rbp + riz - 0x20]
;;      4c: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      54: 4089db                 mov ebx, ebx
;;      57: 4889de                 mov rsi, rbx
;;      5a: 4881c608000000         add rsi, 8
;;      61: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      69: 4c01d3                 add rbx, r10
;;      6c: 4d8b942658000000       mov r10, qword ptr [r14 + riz + 0x58]
;;      74: 4031c0                 xor eax, eax
;;      77: 493bf2                 cmp rsi, r10
;;      7a: 480f47d8               cmova rbx, rax
;;      7e: f2400f11842300000000   movsd qword ptr [rbx + riz], xmm0
;;   @002c: end
;;      88: 4889ec                 mov rsp, rbp
;;      8b: 405d                   pop rbp
;;      8d: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32 f64)
;;      8e: 0f0b                   ud2
