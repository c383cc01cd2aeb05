;; A direct call.
(module (func $callee (param i32) (result i32) local.get 0) (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $callee))

;; ==== kindling disas ====
;; wasm[0]::function[0] (callee): kindling, x86_64-unknown-linux-gnu: 15 instructions, 47 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f820b000000           jb 0x2d
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0023: end
;;      25: 8b45e8                 mov eax, dword ptr [rbp - 0x18]
;;      28: 4889ec                 mov rsp, rbp
;;      2b: 5d                     pop rbp
;;      2c: c3                     ret
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;      2d: 0f0b                   ud2
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 71 bytes
;;   @0020: (func $callee (;0;) (type 0) (param i32) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8223000000           jb 0x45
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @002a: i32.add
;;      25: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      28: 83c301                 add ebx, 1
;;   @002b: call $callee
;;      2b: 4c89f7                 mov rdi, r14
;;      2e: 4c89f6                 mov rsi, r14
;;      31: 89da                   mov edx, ebx
;;      33: e898ffffff             call 0xffffffffffffffd0
;;      38: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      3c: 89c3                   mov ebx, eax
;;   @002d: end
;;      3e: 89d8                   mov eax, ebx
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0025: (func (;1;) (type 0) (param i32) (result i32)
;;      45: 0f0b                   ud2
