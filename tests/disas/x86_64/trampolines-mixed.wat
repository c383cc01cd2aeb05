;;! func = trampoline
;; Trampolines for a signature with floats and several results.
(module (func (export "f") (param i64 f64 i32) (result f64 i64) local.get 1 local.get 0))

;; ==== kindling disas ====
;; wasm[0]::array_to_wasm_trampoline[0]: kindling, x86_64-unknown-linux-gnu: 29 instructions, 110 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 48895df8               mov qword ptr [rbp - 8], rbx
;;       f: 4c8965f0               mov qword ptr [rbp - 0x10], r12
;;      13: 4c896de8               mov qword ptr [rbp - 0x18], r13
;;      17: 4c8975e0               mov qword ptr [rbp - 0x20], r14
;;      1b: 4c897dd8               mov qword ptr [rbp - 0x28], r15
;;      1f: 488955d0               mov qword ptr [rbp - 0x30], rdx
;;      23: 4c8b5708               mov r10, qword ptr [rdi + 8]
;;      27: 49896228               mov qword ptr [r10 + 0x28], rsp
;;      2b: 4989d6                 mov r14, rdx
;;      2e: 498b16                 mov rdx, qword ptr [r14]
;;      31: f2410f104610           movsd xmm0, qword ptr [r14 + 0x10]
;;      37: 418b4e20               mov ecx, dword ptr [r14 + 0x20]
;;      3b: 4c8d0424               lea r8, [rsp]
;;      3f: e85cffffff             call 0xffffffffffffffa0
;;      44: 4c8b75d0               mov r14, qword ptr [rbp - 0x30]
;;      48: f2410f1106             movsd qword ptr [r14], xmm0
;;      4d: 4c8b1424               mov r10, qword ptr [rsp]
;;      51: 4d895610               mov qword ptr [r14 + 0x10], r10
;;      55: 488b5df8               mov rbx, qword ptr [rbp - 8]
;;      59: 4c8b65f0               mov r12, qword ptr [rbp - 0x10]
;;      5d: 4c8b6de8               mov r13, qword ptr [rbp - 0x18]
;;      61: 4c8b75e0               mov r14, qword ptr [rbp - 0x20]
;;      65: 4c8b7dd8               mov r15, qword ptr [rbp - 0x28]
;;      69: 4889ec                 mov rsp, rbp
;;      6c: 5d                     pop rbp
;;      6d: c3                     ret
;; wasm[0]::native_to_wasm_trampoline[0]: kindling, x86_64-unknown-linux-gnu: 19 instructions, 69 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 48895df8               mov qword ptr [rbp - 8], rbx
;;       f: 4c8965f0               mov qword ptr [rbp - 0x10], r12
;;      13: 4c896de8               mov qword ptr [rbp - 0x18], r13
;;      17: 4c8975e0               mov qword ptr [rbp - 0x20], r14
;;      1b: 4c897dd8               mov qword ptr [rbp - 0x28], r15
;;      1f: 4c8b5708               mov r10, qword ptr [rdi + 8]
;;      23: 49896228               mov qword ptr [r10 + 0x28], rsp
;;      27: e804ffffff             call 0xffffffffffffff30
;;      2c: 488b5df8               mov rbx, qword ptr [rbp - 8]
;;      30: 4c8b65f0               mov r12, qword ptr [rbp - 0x10]
;;      34: 4c8b6de8               mov r13, qword ptr [rbp - 0x18]
;;      38: 4c8b75e0               mov r14, qword ptr [rbp - 0x20]
;;      3c: 4c8b7dd8               mov r15, qword ptr [rbp - 0x28]
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;; signatures[0]::wasm_to_native_trampoline: kindling, x86_64-unknown-linux-gnu: 17 instructions, 59 bytes
;;   @0022: (func (;0;) (type 0) (param i64 f64 i32) (result f64 i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec00000000         sub rsp, 0
;;       b: 4c8b5608               mov r10, qword ptr [rsi + 8]
;;       f: 4c8b7500               mov r14, qword ptr [rbp]
;;      13: 4d8b7a28               mov r15, qword ptr [r10 + 0x28]
;;      17: 4d39fe                 cmp r14, r15
;;      1a: 0f8203000000           jb 0x23
;;      20: 4989ee                 mov r14, rbp
;;      23: 4d897218               mov qword ptr [r10 + 0x18], r14
;;      27: 4c8b5d08               mov r11, qword ptr [rbp + 8]
;;      2b: 4d895a20               mov qword ptr [r10 + 0x20], r11
;;      2f: 4c8b5708               mov r10, qword ptr [rdi + 8]
;;      33: 41ffd2                 call r10
;;      36: 4889ec                 mov rsp, rbp
;;      39: 5d                     pop rbp
;;      3a: c3                     ret
