;; A tail call passing more stack arguments than its caller received builds
;; them at SP, reads the frame record, copies them up (highest chunk first)
;; so that they end where the caller's ended, moves the return address below
;; them and jumps; the callee pops them as it returns.
(module
  (func $wide (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 9)
  (func (export "grow") (param i64) (result i64)
    (return_call $wide (local.get 0) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
      (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (wide): kindling, x86_64-unknown-linux-gnu: 24 instructions, 84 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec60000000         sub rsp, 0x60
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8230000000           jb 0x52
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4c896dd8               mov qword ptr [rbp - 0x28], r13
;;      2e: 4889d3                 mov rbx, rdx
;;      31: 4989cc                 mov r12, rcx
;;      34: 4d89c5                 mov r13, r8
;;      37: 4c894db8               mov qword ptr [rbp - 0x48], r9
;;   @0034: end
;;      3b: 488b4538               mov rax, qword ptr [rbp + 0x38]
;;      3f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      43: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      47: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      4b: 4889ec                 mov rsp, rbp
;;      4e: 5d                     pop rbp
;;      4f: c23000                 ret 0x30
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      52: 0f0b                   ud2
;; wasm[0]::function[1] (grow): kindling, x86_64-unknown-linux-gnu: 37 instructions, 183 bytes
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecf0000000         sub rsp, 0xf0
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8293000000           jb 0xb5
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4889d3                 mov rbx, rdx
;;   @004b: return_call $wide
;;      29: 48c7042404000000       mov qword ptr [rsp], 4
;;      31: 48c744240805000000     mov qword ptr [rsp + 8], 5
;;      3a: 48c744241006000000     mov qword ptr [rsp + 0x10], 6
;;      43: 48c744241807000000     mov qword ptr [rsp + 0x18], 7
;;      4c: 48c744242008000000     mov qword ptr [rsp + 0x20], 8
;;      55: 48895c2428             mov qword ptr [rsp + 0x28], rbx
;;      5a: 4c89f7                 mov rdi, r14
;;      5d: 4c89f6                 mov rsi, r14
;;      60: 4889da                 mov rdx, rbx
;;      63: b901000000             mov ecx, 1
;;      68: 41b802000000           mov r8d, 2
;;      6e: 41b903000000           mov r9d, 3
;;      74: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      78: 4c8b5d08               mov r11, qword ptr [rbp + 8]
;;      7c: 488d45d8               lea rax, [rbp - 0x28]
;;      80: 488b6d00               mov rbp, qword ptr [rbp]
;;      84: f3440f6f7c2420         movdqu xmm15, xmmword ptr [rsp + 0x20]
;;      8b: f3440f7f7828           movdqu xmmword ptr [rax + 0x28], xmm15
;;      91: f3440f6f7c2410         movdqu xmm15, xmmword ptr [rsp + 0x10]
;;      98: f3440f7f7818           movdqu xmmword ptr [rax + 0x18], xmm15
;;      9e: f3440f6f3c24           movdqu xmm15, xmmword ptr [rsp]
;;      a4: f3440f7f7808           movdqu xmmword ptr [rax + 8], xmm15
;;      aa: 4c8918                 mov qword ptr [rax], r11
;;      ad: 4889c4                 mov rsp, rax
;;      b0: e9ebfeffff             jmp 0xffffffffffffffa0
;;   @0036: (func (;1;) (type 1) (param i64) (result i64)
;;      b5: 0f0b                   ud2
