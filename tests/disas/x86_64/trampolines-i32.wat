;;! func = trampoline
;; The array-to-wasm, native-to-wasm and wasm-to-native trampolines of one signature.
(module (import "env" "h" (func (param i32) (result i32))) (func (export "f") (param i32) (result i32) local.get 0))

;; ==== kindling disas ====
;; wasm[0]::array_to_wasm_trampoline[1]: kindling, x86_64-unknown-linux-gnu: 24 instructions, 154 bytes
;;   @002a: (func (;1;) (type 0) (param i32) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 48899c25f8ffffff       mov qword ptr [rbp + riz - 8], rbx
;;      14: 4c89a425f0ffffff       mov qword ptr [rbp + riz - 0x10], r12
;;      1c: 4c89ac25e8ffffff       mov qword ptr [rbp + riz - 0x18], r13
;;      24: 4c89b425e0ffffff       mov qword ptr [rbp + riz - 0x20], r14
;;      2c: 4c89bc25d8ffffff       mov qword ptr [rbp + riz - 0x28], r15
;;      34: 48899425d0ffffff       mov qword ptr [rbp + riz - 0x30], rdx
;;      3c: 4c8b942708000000       mov r10, qword ptr [rdi + riz + 8]
;;      44: 4989a42228000000       mov qword ptr [r10 + riz + 0x28], rsp
;;      4c: 4989d6                 mov r14, rdx
;;      4f: 418b942600000000       mov edx, dword ptr [r14 + riz]
;;      57: e854ffffff             call 0xffffffffffffffb0
;;      5c: 4c8bb425d0ffffff       mov r14, qword ptr [rbp + riz - 0x30]
;;      64: 4189842600000000       mov dword ptr [r14 + riz], eax
;;      6c: 488b9c25f8ffffff       mov rbx, qword ptr [rbp + riz - 8]
;;      74: 4c8ba425f0ffffff       mov r12, qword ptr [rbp + riz - 0x10]
;;      7c: 4c8bac25e8ffffff       mov r13, qword ptr [rbp + riz - 0x18]
;;      84: 4c8bb425e0ffffff       mov r14, qword ptr [rbp + riz - 0x20]
;;      8c: 4c8bbc25d8ffffff       mov r15, qword ptr [rbp + riz - 0x28]
;;      94: 4889ec                 mov rsp, rbp
;;      97: 405d                   pop rbp
;;      99: c3                     ret
;; wasm[0]::native_to_wasm_trampoline[1]: kindling, x86_64-unknown-linux-gnu: 19 instructions, 119 bytes
;;   @002a: (func (;1;) (type 0) (param i32) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 48899c25f8ffffff       mov qword ptr [rbp + riz - 8], rbx
;;      14: 4c89a425f0ffffff       mov qword ptr [rbp + riz - 0x10], r12
;;      1c: 4c89ac25e8ffffff       mov qword ptr [rbp + riz - 0x18], r13
;;      24: 4c89b425e0ffffff       mov qword ptr [rbp + riz - 0x20], r14
;;      2c: 4c89bc25d8ffffff       mov qword ptr [rbp + riz - 0x28], r15
;;      34: 4c8b942708000000       mov r10, qword ptr [rdi + riz + 8]
;;      3c: 4989a42228000000       mov qword ptr [r10 + riz + 0x28], rsp
;;      44: e8c7feffff             call 0xffffffffffffff10
;;      49: 488b9c25f8ffffff       mov rbx, qword ptr [rbp + riz - 8]
;;      51: 4c8ba425f0ffffff       mov r12, qword ptr [rbp + riz - 0x10]
;;      59: 4c8bac25e8ffffff       mov r13, qword ptr [rbp + riz - 0x18]
;;      61: 4c8bb425e0ffffff       mov r14, qword ptr [rbp + riz - 0x20]
;;      69: 4c8bbc25d8ffffff       mov r15, qword ptr [rbp + riz - 0x28]
;;      71: 4889ec                 mov rsp, rbp
;;      74: 405d                   pop rbp
;;      76: c3                     ret
;; signatures[0]::wasm_to_native_trampoline: kindling, x86_64-unknown-linux-gnu: 17 instructions, 89 bytes
;;   @002a: (func (;1;) (type 0) (param i32) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec00000000         sub rsp, 0
;;       c: 4c8b942608000000       mov r10, qword ptr [rsi + riz + 8]
;;      14: 488b9c2500000000       mov rbx, qword ptr [rbp + riz]
;;      1c: 4d8ba42228000000       mov r12, qword ptr [r10 + riz + 0x28]
;;      24: 493bdc                 cmp rbx, r12
;;      27: 0f8203000000           jb 0x30
;;      2d: 4889eb                 mov rbx, rbp
;;      30: 49899c2218000000       mov qword ptr [r10 + riz + 0x18], rbx
;;      38: 4c8b9c2508000000       mov r11, qword ptr [rbp + riz + 8]
;;      40: 4d899c2220000000       mov qword ptr [r10 + riz + 0x20], r11
;;      48: 4c8b942708000000       mov r10, qword ptr [rdi + riz + 8]
;;      50: 41ffd2                 call r10
;;      53: 4889ec                 mov rsp, rbp
;;      56: 405d                   pop rbp
;;      58: c3                     ret
