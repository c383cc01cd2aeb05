;; A direct call.
(module (func $callee (param i32) (result i32) local.get 0) (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, x86_64-unknown-linux-gnu: 15 instructions, 72 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8216000000           jb 0x46
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0023: end
;;      38: 408b8425e8ffffff       mov eax, dword ptr [rbp + riz - 0x18]
;;      40: 4889ec                 mov rsp, rbp
;;      43: 405d                   pop rbp
;;      45: c3                     ret
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;      46: 0f0b                   ud2
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 107 bytes
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8239000000           jb 0x69
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @002a: i32.add
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4081c301000000         add ebx, 1
;;   @002b: call $callee
;;      47: 4c89f7                 mov rdi, r14
;;      4a: 4c89f6                 mov rsi, r14
;;      4d: 4089da                 mov edx, ebx
;;      50: e85bffffff             call 0xffffffffffffffb0
;;      55: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      5d: 4089c3                 mov ebx, eax
;;   @002d: end
;;      60: 4089d8                 mov eax, ebx
;;      63: 4889ec                 mov rsp, rbp
;;      66: 405d                   pop rbp
;;      68: c3                     ret
;;   @0025: (func (;1;) (type 0) (param i32) (result i32)
;;      69: 0f0b                   ud2
