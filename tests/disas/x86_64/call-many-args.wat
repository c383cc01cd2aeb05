;; A call with more arguments than argument registers: the rest go on the stack.
(module (func $callee (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32) local.get 7) (func (export "f") (result i32) i32.const 1 i32.const 2 i32.const 3 i32.const 4 i32.const 5 i32.const 6 i32.const 7 i32.const 8 call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, x86_64-unknown-linux-gnu: 18 instructions, 98 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8230000000           jb 0x60
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;      40: 44898425d8ffffff       mov dword ptr [rbp + riz - 0x28], r8d
;;      48: 44898c25d0ffffff       mov dword ptr [rbp + riz - 0x30], r9d
;;   @002e: end
;;      50: 408b842528000000       mov eax, dword ptr [rbp + riz + 0x28]
;;      58: 4889ec                 mov rsp, rbp
;;      5b: 405d                   pop rbp
;;      5d: c22000                 ret 0x20
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      60: 0f0b                   ud2
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 28 instructions, 160 bytes
;;   @002b: (func $callee (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ecb0000000         sub rsp, 0xb0
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f826e000000           jb 0x9e
;;   @0041: call $callee
;;      30: 40c784240000000005000000 mov dword ptr [rsp], 5
;;      3c: 40c784240800000006000000 mov dword ptr [rsp + 8], 6
;;      48: 40c784241000000007000000 mov dword ptr [rsp + 0x10], 7
;;      54: 40c784241800000008000000 mov dword ptr [rsp + 0x18], 8
;;      60: 4c89f7                 mov rdi, r14
;;      63: 4c89f6                 mov rsi, r14
;;      66: 40ba01000000           mov edx, 1
;;      6c: 40b902000000           mov ecx, 2
;;      72: 41b803000000           mov r8d, 3
;;      78: 41b904000000           mov r9d, 4
;;      7e: e80dffffff             call 0xffffffffffffff90
;;      83: 4881ec20000000         sub rsp, 0x20
;;      8a: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      92: 4089c3                 mov ebx, eax
;;   @0043: end
;;      95: 4089d8                 mov eax, ebx
;;      98: 4889ec                 mov rsp, rbp
;;      9b: 405d                   pop rbp
;;      9d: c3                     ret
;;   @0030: (func (;1;) (type 1) (result i32)
;;      9e: 0f0b                   ud2
