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
;; wasm[0]::function[0] (wide): kindling, x86_64-unknown-linux-gnu: 21 instructions, 74 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822d000000           jb 0x48
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 488955e0               mov qword ptr [rbp - 0x20], rdx
;;      2a: 48894dd8               mov qword ptr [rbp - 0x28], rcx
;;      2e: 4c8945d0               mov qword ptr [rbp - 0x30], r8
;;      32: 4c894dc8               mov qword ptr [rbp - 0x38], r9
;;      36: 488b5d38               mov rbx, qword ptr [rbp + 0x38]
;;   @0034: end
;;      3a: 4889d8                 mov rax, rbx
;;      3d: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      41: 4889ec                 mov rsp, rbp
;;      44: 5d                     pop rbp
;;      45: c23000                 ret 0x30
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      48: 0f0b                   ud2
;; wasm[0]::function[1] (grow): kindling, x86_64-unknown-linux-gnu: 37 instructions, 183 bytes
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecf0000000         sub rsp, 0xf0
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f829a000000           jb 0xb5
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
;;      b0: e9fbfeffff             jmp 0xffffffffffffffb0
;;   @0036: (func (;1;) (type 1) (param i64) (result i64)
;;      b5: 0f0b                   ud2
