;;! func = trampoline
;; The array-to-wasm, native-to-wasm and wasm-to-native trampolines of one signature.
(module (import "env" "h" (func (param i32) (result i32))) (func (export "f") (param i32) (result i32) local.get 0))

;; ==== kindling disas ====
;; wasm[0]::array_to_wasm_trampoline[1]: kindling, x86_64-unknown-linux-gnu: 24 instructions, 86 bytes
;;   @002a: (func (;1;) (type 0) (param i32) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 48895df8               mov qword ptr [rbp - 8], rbx
;;       f: 4c8965f0               mov qword ptr [rbp - 0x10], r12
;;      13: 4c896de8               mov qword ptr [rbp - 0x18], r13
;;      17: 4c8975e0               mov qword ptr [rbp - 0x20], r14
;;      1b: 4c897dd8               mov qword ptr [rbp - 0x28], r15
;;      1f: 488955d0               mov qword ptr [rbp - 0x30], rdx
;;      23: 4c8b5708               mov r10, qword ptr [rdi + 8]
;;      27: 49896228               mov qword ptr [r10 + 0x28], rsp
;;      2b: 4989d6                 mov r14, rdx
;;      2e: 418b16                 mov edx, dword ptr [r14]
;;      31: e88affffff             call 0xffffffffffffffc0
;;      36: 4c8b75d0               mov r14, qword ptr [rbp - 0x30]
;;      3a: 418906                 mov dword ptr [r14], eax
;;      3d: 488b5df8               mov rbx, qword ptr [rbp - 8]
;;      41: 4c8b65f0               mov r12, qword ptr [rbp - 0x10]
;;      45: 4c8b6de8               mov r13, qword ptr [rbp - 0x18]
;;      49: 4c8b75e0               mov r14, qword ptr [rbp - 0x20]
;;      4d: 4c8b7dd8               mov r15, qword ptr [rbp - 0x28]
;;      51: 4889ec                 mov rsp, rbp
;;      54: 5d                     pop rbp
;;      55: c3                     ret
;; wasm[0]::native_to_wasm_trampoline[1]: kindling, x86_64-unknown-linux-gnu: 19 instructions, 69 bytes
;;   @002a: (func (;1;) (type 0) (param i32) (result i32)
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
;;      27: e834ffffff             call 0xffffffffffffff60
;;      2c: 488b5df8               mov rbx, qword ptr [rbp - 8]
;;      30: 4c8b65f0               mov r12, qword ptr [rbp - 0x10]
;;      34: 4c8b6de8               mov r13, qword ptr [rbp - 0x18]
;;      38: 4c8b75e0               mov r14, qword ptr [rbp - 0x20]
;;      3c: 4c8b7dd8               mov r15, qword ptr [rbp - 0x28]
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;; signatures[0]::wasm_to_native_trampoline: kindling, x86_64-unknown-linux-gnu: 17 instructions, 59 bytes
;;   @002a: (func (;1;) (type 0) (param i32) (result i32)
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
