;; A tail call passing fewer stack arguments than its caller received writes
;; them in place at the top of the incoming area and moves the return address
;; up to just below them.
(module
  (func $narrow (param i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 6)
  (func (export "shrink") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $narrow (local.get 11) (local.get 10) (local.get 9) (local.get 8)
      (local.get 7) (local.get 6) (local.get 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (narrow): kindling, x86_64-unknown-linux-gnu: 21 instructions, 74 bytes
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
;;      36: 488b5d20               mov rbx, qword ptr [rbp + 0x20]
;;   @003e: end
;;      3a: 4889d8                 mov rax, rbx
;;      3d: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      41: 4889ec                 mov rsp, rbp
;;      44: 5d                     pop rbp
;;      45: c22000                 ret 0x20
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      48: 0f0b                   ud2
;; wasm[0]::function[1] (shrink): kindling, x86_64-unknown-linux-gnu: 46 instructions, 189 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecf0000000         sub rsp, 0xf0
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f82a0000000           jb 0xbb
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4c896dd8               mov qword ptr [rbp - 0x28], r13
;;      2e: 488955d0               mov qword ptr [rbp - 0x30], rdx
;;      32: 48894dc8               mov qword ptr [rbp - 0x38], rcx
;;      36: 4c8945c0               mov qword ptr [rbp - 0x40], r8
;;      3a: 4c894db8               mov qword ptr [rbp - 0x48], r9
;;      3e: 488b5d18               mov rbx, qword ptr [rbp + 0x18]
;;      42: 4c8b6520               mov r12, qword ptr [rbp + 0x20]
;;      46: 4c8b6d28               mov r13, qword ptr [rbp + 0x28]
;;   @004f: return_call $narrow
;;      4a: 4c8b5d48               mov r11, qword ptr [rbp + 0x48]
;;      4e: 4c895d90               mov qword ptr [rbp - 0x70], r11
;;      52: 4c8b5d40               mov r11, qword ptr [rbp + 0x40]
;;      56: 4c895d80               mov qword ptr [rbp - 0x80], r11
;;      5a: 4c8b5d38               mov r11, qword ptr [rbp + 0x38]
;;      5e: 4c899d70ffffff         mov qword ptr [rbp - 0x90], r11
;;      65: 4c8b5d30               mov r11, qword ptr [rbp + 0x30]
;;      69: 4c899d60ffffff         mov qword ptr [rbp - 0xa0], r11
;;      70: 4c896d30               mov qword ptr [rbp + 0x30], r13
;;      74: 4c896538               mov qword ptr [rbp + 0x38], r12
;;      78: 48895d40               mov qword ptr [rbp + 0x40], rbx
;;      7c: 4c89f7                 mov rdi, r14
;;      7f: 4c89f6                 mov rsi, r14
;;      82: 488b5590               mov rdx, qword ptr [rbp - 0x70]
;;      86: 488b4d80               mov rcx, qword ptr [rbp - 0x80]
;;      8a: 4c8b8570ffffff         mov r8, qword ptr [rbp - 0x90]
;;      91: 4c8b8d60ffffff         mov r9, qword ptr [rbp - 0xa0]
;;      98: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      9c: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      a0: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      a4: 4c8b5d08               mov r11, qword ptr [rbp + 8]
;;      a8: 488d4528               lea rax, [rbp + 0x28]
;;      ac: 488b6d00               mov rbp, qword ptr [rbp]
;;      b0: 4c8918                 mov qword ptr [rax], r11
;;      b3: 4889c4                 mov rsp, rax
;;      b6: e9f5feffff             jmp 0xffffffffffffffb0
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      bb: 0f0b                   ud2
