;; A tail call passing fewer stack arguments than its caller received writes
;; them in place at the top of the incoming area and moves the return address
;; up to just below them.
(module
  (func $narrow (param i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 6)
  (func (export "shrink") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $narrow (local.get 11) (local.get 10) (local.get 9) (local.get 8)
      (local.get 7) (local.get 6) (local.get 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (narrow): kindling, x86_64-unknown-linux-gnu: 24 instructions, 84 bytes
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
;;   @003e: end
;;      3b: 488b4520               mov rax, qword ptr [rbp + 0x20]
;;      3f: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      43: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      47: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      4b: 4889ec                 mov rsp, rbp
;;      4e: 5d                     pop rbp
;;      4f: c22000                 ret 0x20
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      52: 0f0b                   ud2
;; wasm[0]::function[1] (shrink): kindling, x86_64-unknown-linux-gnu: 52 instructions, 222 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ece0000000         sub rsp, 0xe0
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f82ba000000           jb 0xdc
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4c896dd8               mov qword ptr [rbp - 0x28], r13
;;      2e: 4889d3                 mov rbx, rdx
;;      31: 4989cc                 mov r12, rcx
;;      34: 4d89c5                 mov r13, r8
;;      37: 4c894db8               mov qword ptr [rbp - 0x48], r9
;;   @004f: return_call $narrow
;;      3b: 4c8b5d48               mov r11, qword ptr [rbp + 0x48]
;;      3f: 4c895da8               mov qword ptr [rbp - 0x58], r11
;;      43: 4c8b5d40               mov r11, qword ptr [rbp + 0x40]
;;      47: 4c895d98               mov qword ptr [rbp - 0x68], r11
;;      4b: 4c8b5d38               mov r11, qword ptr [rbp + 0x38]
;;      4f: 4c895d88               mov qword ptr [rbp - 0x78], r11
;;      53: 4c8b5d30               mov r11, qword ptr [rbp + 0x30]
;;      57: 4c899d78ffffff         mov qword ptr [rbp - 0x88], r11
;;      5e: 4c8b5d28               mov r11, qword ptr [rbp + 0x28]
;;      62: 4c899d68ffffff         mov qword ptr [rbp - 0x98], r11
;;      69: 4c8b5d20               mov r11, qword ptr [rbp + 0x20]
;;      6d: 4c899d58ffffff         mov qword ptr [rbp - 0xa8], r11
;;      74: 4c8b5d18               mov r11, qword ptr [rbp + 0x18]
;;      78: 4c899d48ffffff         mov qword ptr [rbp - 0xb8], r11
;;      7f: 4c8b9d68ffffff         mov r11, qword ptr [rbp - 0x98]
;;      86: 4c895d30               mov qword ptr [rbp + 0x30], r11
;;      8a: 4c8b9d58ffffff         mov r11, qword ptr [rbp - 0xa8]
;;      91: 4c895d38               mov qword ptr [rbp + 0x38], r11
;;      95: 4c8b9d48ffffff         mov r11, qword ptr [rbp - 0xb8]
;;      9c: 4c895d40               mov qword ptr [rbp + 0x40], r11
;;      a0: 4c89f7                 mov rdi, r14
;;      a3: 4c89f6                 mov rsi, r14
;;      a6: 488b55a8               mov rdx, qword ptr [rbp - 0x58]
;;      aa: 488b4d98               mov rcx, qword ptr [rbp - 0x68]
;;      ae: 4c8b4588               mov r8, qword ptr [rbp - 0x78]
;;      b2: 4c8b8d78ffffff         mov r9, qword ptr [rbp - 0x88]
;;      b9: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      bd: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      c1: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      c5: 4c8b5d08               mov r11, qword ptr [rbp + 8]
;;      c9: 488d4528               lea rax, [rbp + 0x28]
;;      cd: 488b6d00               mov rbp, qword ptr [rbp]
;;      d1: 4c8918                 mov qword ptr [rax], r11
;;      d4: 4889c4                 mov rsp, rax
;;      d7: e9c4feffff             jmp 0xffffffffffffffa0
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      dc: 0f0b                   ud2
