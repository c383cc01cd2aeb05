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
;; wasm[0]::function[0] (wide): kindling, x86_64-unknown-linux-gnu: 18 instructions, 63 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821b000000           jb 0x3d
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;      26: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;      2a: 4c8945d8               mov qword ptr [rbp - 0x28], r8
;;      2e: 4c894dd0               mov qword ptr [rbp - 0x30], r9
;;   @0034: end
;;      32: 488b4538               mov rax, qword ptr [rbp + 0x38]
;;      36: 4889ec                 mov rsp, rbp
;;      39: 5d                     pop rbp
;;      3a: c23000                 ret 0x30
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      3d: 0f0b                   ud2
;; wasm[0]::function[1] (grow): kindling, x86_64-unknown-linux-gnu: 36 instructions, 181 bytes
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecf0000000         sub rsp, 0xf0
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8291000000           jb 0xb3
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;   @004b: return_call $wide
;;      26: 48c7042404000000       mov qword ptr [rsp], 4
;;      2e: 48c744240805000000     mov qword ptr [rsp + 8], 5
;;      37: 48c744241006000000     mov qword ptr [rsp + 0x10], 6
;;      40: 48c744241807000000     mov qword ptr [rsp + 0x18], 7
;;      49: 48c744242008000000     mov qword ptr [rsp + 0x20], 8
;;      52: 4c8b5de8               mov r11, qword ptr [rbp - 0x18]
;;      56: 4c895c2428             mov qword ptr [rsp + 0x28], r11
;;      5b: 4c89f7                 mov rdi, r14
;;      5e: 4c89f6                 mov rsi, r14
;;      61: 488b55e8               mov rdx, qword ptr [rbp - 0x18]
;;      65: b901000000             mov ecx, 1
;;      6a: 41b802000000           mov r8d, 2
;;      70: 41b903000000           mov r9d, 3
;;      76: 4c8b5d08               mov r11, qword ptr [rbp + 8]
;;      7a: 488d45d8               lea rax, [rbp - 0x28]
;;      7e: 488b6d00               mov rbp, qword ptr [rbp]
;;      82: f3440f6f7c2420         movdqu xmm15, xmmword ptr [rsp + 0x20]
;;      89: f3440f7f7828           movdqu xmmword ptr [rax + 0x28], xmm15
;;      8f: f3440f6f7c2410         movdqu xmm15, xmmword ptr [rsp + 0x10]
;;      96: f3440f7f7818           movdqu xmmword ptr [rax + 0x18], xmm15
;;      9c: f3440f6f3c24           movdqu xmm15, xmmword ptr [rsp]
;;      a2: f3440f7f7808           movdqu xmmword ptr [rax + 8], xmm15
;;      a8: 4c8918                 mov qword ptr [rax], r11
;;      ab: 4889c4                 mov rsp, rax
;;      ae: e90dffffff             jmp 0xffffffffffffffc0
;;   @0036: (func (;1;) (type 1) (param i64) (result i64)
;;      b3: 0f0b                   ud2
