;; A tail call passing fewer stack arguments than its caller received writes
;; them in place at the top of the incoming area and moves the return address
;; up to just below them.
(module
  (func $narrow (param i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 6)
  (func (export "shrink") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $narrow (local.get 11) (local.get 10) (local.get 9) (local.get 8)
      (local.get 7) (local.get 6) (local.get 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (narrow): kindling, x86_64-unknown-linux-gnu: 18 instructions, 63 bytes
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
;;   @003e: end
;;      32: 488b4520               mov rax, qword ptr [rbp + 0x20]
;;      36: 4889ec                 mov rsp, rbp
;;      39: 5d                     pop rbp
;;      3a: c22000                 ret 0x20
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      3d: 0f0b                   ud2
;; wasm[0]::function[1] (shrink): kindling, x86_64-unknown-linux-gnu: 46 instructions, 189 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ecc0000000         sub rsp, 0xc0
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8299000000           jb 0xbb
;;      22: 488955e8               mov qword ptr [rbp - 0x18], rdx
;;      26: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;      2a: 4c8945d8               mov qword ptr [rbp - 0x28], r8
;;      2e: 4c894dd0               mov qword ptr [rbp - 0x30], r9
;;   @004f: return_call $narrow
;;      32: 4c8b5d48               mov r11, qword ptr [rbp + 0x48]
;;      36: 4c895dc0               mov qword ptr [rbp - 0x40], r11
;;      3a: 4c8b5d40               mov r11, qword ptr [rbp + 0x40]
;;      3e: 4c895db0               mov qword ptr [rbp - 0x50], r11
;;      42: 4c8b5d38               mov r11, qword ptr [rbp + 0x38]
;;      46: 4c895da0               mov qword ptr [rbp - 0x60], r11
;;      4a: 4c8b5d30               mov r11, qword ptr [rbp + 0x30]
;;      4e: 4c895d90               mov qword ptr [rbp - 0x70], r11
;;      52: 4c8b5d28               mov r11, qword ptr [rbp + 0x28]
;;      56: 4c895d80               mov qword ptr [rbp - 0x80], r11
;;      5a: 4c8b5d20               mov r11, qword ptr [rbp + 0x20]
;;      5e: 4c899d70ffffff         mov qword ptr [rbp - 0x90], r11
;;      65: 4c8b5d18               mov r11, qword ptr [rbp + 0x18]
;;      69: 4c899d60ffffff         mov qword ptr [rbp - 0xa0], r11
;;      70: 4c8b5d80               mov r11, qword ptr [rbp - 0x80]
;;      74: 4c895d30               mov qword ptr [rbp + 0x30], r11
;;      78: 4c8b9d70ffffff         mov r11, qword ptr [rbp - 0x90]
;;      7f: 4c895d38               mov qword ptr [rbp + 0x38], r11
;;      83: 4c8b9d60ffffff         mov r11, qword ptr [rbp - 0xa0]
;;      8a: 4c895d40               mov qword ptr [rbp + 0x40], r11
;;      8e: 4c89f7                 mov rdi, r14
;;      91: 4c89f6                 mov rsi, r14
;;      94: 488b55c0               mov rdx, qword ptr [rbp - 0x40]
;;      98: 488b4db0               mov rcx, qword ptr [rbp - 0x50]
;;      9c: 4c8b45a0               mov r8, qword ptr [rbp - 0x60]
;;      a0: 4c8b4d90               mov r9, qword ptr [rbp - 0x70]
;;      a4: 4c8b5d08               mov r11, qword ptr [rbp + 8]
;;      a8: 488d4528               lea rax, [rbp + 0x28]
;;      ac: 488b6d00               mov rbp, qword ptr [rbp]
;;      b0: 4c8918                 mov qword ptr [rax], r11
;;      b3: 4889c4                 mov rsp, rax
;;      b6: e905ffffff             jmp 0xffffffffffffffc0
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      bb: 0f0b                   ud2
