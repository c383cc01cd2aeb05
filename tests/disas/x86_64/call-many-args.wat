;; A call with more arguments than argument registers: the rest go on the stack.
(module (func $callee (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32) local.get 7) (func (export "f") (result i32) i32.const 1 i32.const 2 i32.const 3 i32.const 4 i32.const 5 i32.const 6 i32.const 7 i32.const 8 call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, x86_64-unknown-linux-gnu: 21 instructions, 70 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8229000000           jb 0x44
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 8955e0                 mov dword ptr [rbp - 0x20], edx
;;      29: 894dd8                 mov dword ptr [rbp - 0x28], ecx
;;      2c: 448945d0               mov dword ptr [rbp - 0x30], r8d
;;      30: 44894dc8               mov dword ptr [rbp - 0x38], r9d
;;      34: 8b5d28                 mov ebx, dword ptr [rbp + 0x28]
;;   @002e: end
;;      37: 89d8                   mov eax, ebx
;;      39: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c22000                 ret 0x20
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      44: 0f0b                   ud2
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 28 instructions, 117 bytes
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecb0000000         sub rsp, 0xb0
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8258000000           jb 0x73
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;   @0041: call $callee
;;      22: c7042405000000         mov dword ptr [rsp], 5
;;      29: c744240806000000       mov dword ptr [rsp + 8], 6
;;      31: c744241007000000       mov dword ptr [rsp + 0x10], 7
;;      39: c744241808000000       mov dword ptr [rsp + 0x18], 8
;;      41: 4c89f7                 mov rdi, r14
;;      44: 4c89f6                 mov rsi, r14
;;      47: ba01000000             mov edx, 1
;;      4c: b902000000             mov ecx, 2
;;      51: 41b803000000           mov r8d, 3
;;      57: 41b904000000           mov r9d, 4
;;      5d: e84effffff             call 0xffffffffffffffb0
;;      62: 4883ec20               sub rsp, 0x20
;;      66: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      6a: 89c6                   mov esi, eax
;;   @0043: end
;;      6c: 89f0                   mov eax, esi
;;      6e: 4889ec                 mov rsp, rbp
;;      71: 5d                     pop rbp
;;      72: c3                     ret
;;   @0030: (func (;1;) (type 1) (result i32)
;;      73: 0f0b                   ud2
