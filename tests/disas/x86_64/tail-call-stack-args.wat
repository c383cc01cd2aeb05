;; A tail call with stack arguments writes them over the caller's incoming
;; ones (which it first copies to value-stack slots when it reads them), then
;; tears the frame down and jumps.
(module
  (func $f (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (return_call $f (local.get 9) (local.get 8) (local.get 7) (local.get 6) (local.get 5)
      (local.get 4) (local.get 3) (local.get 2) (local.get 1) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 50 instructions, 202 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec20010000         sub rsp, 0x120
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f82ad000000           jb 0xc8
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 4c896dd8               mov qword ptr [rbp - 0x28], r13
;;      2e: 89d3                   mov ebx, edx
;;      30: 4189cc                 mov r12d, ecx
;;      33: 4589c5                 mov r13d, r8d
;;      36: 44894db8               mov dword ptr [rbp - 0x48], r9d
;;   @0036: return_call $f
;;      3a: 448b5d38               mov r11d, dword ptr [rbp + 0x38]
;;      3e: 44895da8               mov dword ptr [rbp - 0x58], r11d
;;      42: 448b5d30               mov r11d, dword ptr [rbp + 0x30]
;;      46: 44895d98               mov dword ptr [rbp - 0x68], r11d
;;      4a: 448b5d28               mov r11d, dword ptr [rbp + 0x28]
;;      4e: 44895d88               mov dword ptr [rbp - 0x78], r11d
;;      52: 448b5d20               mov r11d, dword ptr [rbp + 0x20]
;;      56: 44899d78ffffff         mov dword ptr [rbp - 0x88], r11d
;;      5d: 448b5d18               mov r11d, dword ptr [rbp + 0x18]
;;      61: 44899d68ffffff         mov dword ptr [rbp - 0x98], r11d
;;      68: 448b5d10               mov r11d, dword ptr [rbp + 0x10]
;;      6c: 44899d58ffffff         mov dword ptr [rbp - 0xa8], r11d
;;      73: 448b9d68ffffff         mov r11d, dword ptr [rbp - 0x98]
;;      7a: 44895d10               mov dword ptr [rbp + 0x10], r11d
;;      7e: 448b9d58ffffff         mov r11d, dword ptr [rbp - 0xa8]
;;      85: 44895d18               mov dword ptr [rbp + 0x18], r11d
;;      89: 448b5db8               mov r11d, dword ptr [rbp - 0x48]
;;      8d: 44895d20               mov dword ptr [rbp + 0x20], r11d
;;      91: 44896d28               mov dword ptr [rbp + 0x28], r13d
;;      95: 44896530               mov dword ptr [rbp + 0x30], r12d
;;      99: 895d38                 mov dword ptr [rbp + 0x38], ebx
;;      9c: 4c89f7                 mov rdi, r14
;;      9f: 4c89f6                 mov rsi, r14
;;      a2: 8b55a8                 mov edx, dword ptr [rbp - 0x58]
;;      a5: 8b4d98                 mov ecx, dword ptr [rbp - 0x68]
;;      a8: 448b4588               mov r8d, dword ptr [rbp - 0x78]
;;      ac: 448b8d78ffffff         mov r9d, dword ptr [rbp - 0x88]
;;      b3: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      b7: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      bb: 4c8b6dd8               mov r13, qword ptr [rbp - 0x28]
;;      bf: 4889ec                 mov rsp, rbp
;;      c2: 5d                     pop rbp
;;      c3: e938ffffff             jmp 0
;;   @0021: (func $f (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      c8: 0f0b                   ud2
