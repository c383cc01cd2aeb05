;;! func = trampoline
;; Trampolines for a signature with floats and several results.
(module (func (export "f") (param i64 f64 i32) (result f64 i64) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::array_to_wasm_trampoline[0]: kindling, x86_64-unknown-linux-gnu: 29 instructions, 198 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 48899c25f8ffffff       mov qword ptr [rbp + riz - 8], rbx
;;      14: 4c89a425f0ffffff       mov qword ptr [rbp + riz - 0x10], r12
;;      1c: 4c89ac25e8ffffff       mov qword ptr [rbp + riz - 0x18], r13
;;      24: 4c89b425e0ffffff       mov qword ptr [rbp + riz - 0x20], r14
;;      2c: 4c89bc25d8ffffff       mov qword ptr [rbp + riz - 0x28], r15
;;      34: 48899425d0ffffff       mov qword ptr [rbp + riz - 0x30], rdx
;;      3c: 4c8b942708000000       mov r10, qword ptr [rdi + riz + 8]
;;      44: 4989a42228000000       mov qword ptr [r10 + riz + 0x28], rsp
;;      4c: 4989d6                 mov r14, rdx
;;      4f: 498b942600000000       mov rdx, qword ptr [r14 + riz]
;;      57: f2410f10842610000000   movsd xmm0, qword ptr [r14 + riz + 0x10]
;;      61: 418b8c2620000000       mov ecx, dword ptr [r14 + riz + 0x20]
;;      69: 4c8d842400000000       lea r8, [rsp]
;;      71: e80affffff             call 0xffffffffffffff80
;;      76: 4c8bb425d0ffffff       mov r14, qword ptr [rbp + riz - 0x30]
;;      7e: f2410f11842600000000   movsd qword ptr [r14 + riz], xmm0
;;      88: 4c8b9c2400000000       mov r11, qword ptr [rsp]
;;      90: 4d899c2610000000       mov qword ptr [r14 + riz + 0x10], r11
;;      98: 488b9c25f8ffffff       mov rbx, qword ptr [rbp + riz - 8]
;;      a0: 4c8ba425f0ffffff       mov r12, qword ptr [rbp + riz - 0x10]
;;      a8: 4c8bac25e8ffffff       mov r13, qword ptr [rbp + riz - 0x18]
;;      b0: 4c8bb425e0ffffff       mov r14, qword ptr [rbp + riz - 0x20]
;;      b8: 4c8bbc25d8ffffff       mov r15, qword ptr [rbp + riz - 0x28]
;;      c0: 4889ec                 mov rsp, rbp
;;      c3: 405d                   pop rbp
;;      c5: c3                     ret
;; wasm[0]::native_to_wasm_trampoline[0]: kindling, x86_64-unknown-linux-gnu: 19 instructions, 119 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
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
;;      44: e867feffff             call 0xfffffffffffffeb0
;;      49: 488b9c25f8ffffff       mov rbx, qword ptr [rbp + riz - 8]
;;      51: 4c8ba425f0ffffff       mov r12, qword ptr [rbp + riz - 0x10]
;;      59: 4c8bac25e8ffffff       mov r13, qword ptr [rbp + riz - 0x18]
;;      61: 4c8bb425e0ffffff       mov r14, qword ptr [rbp + riz - 0x20]
;;      69: 4c8bbc25d8ffffff       mov r15, qword ptr [rbp + riz - 0x28]
;;      71: 4889ec                 mov rsp, rbp
;;      74: 405d                   pop rbp
;;      76: c3                     ret
;; signatures[0]::wasm_to_native_trampoline: kindling, x86_64-unknown-linux-gnu: 17 instructions, 89 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
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
