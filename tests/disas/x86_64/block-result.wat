;; A block result carried by a branch.
(module (func (export "f") (param i32) (result i32) block (result i32) i32.const 7 local.get 0 br_if 0 drop i32.const 9 end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 22 instructions, 76 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822f000000           jb 0x4a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0026: br_if 0 (;@1;)
;;      28: 85db                   test ebx, ebx
;;      2a: 0f840a000000           je 0x3a
;;      30: be07000000             mov esi, 7
;;      35: e905000000             jmp 0x3f
;;   @002b: end
;;      3a: be09000000             mov esi, 9
;;   @002c: end
;;      3f: 89f0                   mov eax, esi
;;      41: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      4a: 0f0b                   ud2
