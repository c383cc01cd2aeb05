;; A tail call with stack arguments writes them over the caller's incoming
;; ones (which it first copies to value-stack slots when it reads them), then
;; tears the frame down and jumps.
(module
  (func $f (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (return_call $f (local.get 9) (local.get 8) (local.get 7) (local.get 6) (local.get 5)
      (local.get 4) (local.get 3) (local.get 2) (local.get 1) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 47 instructions, 181 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec00010000         sub rsp, 0x100
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8291000000           jb 0xb3
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;      28: 448945d8               mov dword ptr [rbp - 0x28], r8d
;;      2c: 44894dd0               mov dword ptr [rbp - 0x30], r9d
;;   @0036: return_call $f
;;      30: 448b5d38               mov r11d, dword ptr [rbp + 0x38]
;;      34: 44895dc0               mov dword ptr [rbp - 0x40], r11d
;;      38: 448b5d30               mov r11d, dword ptr [rbp + 0x30]
;;      3c: 44895db0               mov dword ptr [rbp - 0x50], r11d
;;      40: 448b5d28               mov r11d, dword ptr [rbp + 0x28]
;;      44: 44895da0               mov dword ptr [rbp - 0x60], r11d
;;      48: 448b5d20               mov r11d, dword ptr [rbp + 0x20]
;;      4c: 44895d90               mov dword ptr [rbp - 0x70], r11d
;;      50: 448b5d18               mov r11d, dword ptr [rbp + 0x18]
;;      54: 44895d80               mov dword ptr [rbp - 0x80], r11d
;;      58: 448b5d10               mov r11d, dword ptr [rbp + 0x10]
;;      5c: 44899d70ffffff         mov dword ptr [rbp - 0x90], r11d
;;      63: 448b5d80               mov r11d, dword ptr [rbp - 0x80]
;;      67: 44895d10               mov dword ptr [rbp + 0x10], r11d
;;      6b: 448b9d70ffffff         mov r11d, dword ptr [rbp - 0x90]
;;      72: 44895d18               mov dword ptr [rbp + 0x18], r11d
;;      76: 448b5dd0               mov r11d, dword ptr [rbp - 0x30]
;;      7a: 44895d20               mov dword ptr [rbp + 0x20], r11d
;;      7e: 448b5dd8               mov r11d, dword ptr [rbp - 0x28]
;;      82: 44895d28               mov dword ptr [rbp + 0x28], r11d
;;      86: 448b5de0               mov r11d, dword ptr [rbp - 0x20]
;;      8a: 44895d30               mov dword ptr [rbp + 0x30], r11d
;;      8e: 448b5de8               mov r11d, dword ptr [rbp - 0x18]
;;      92: 44895d38               mov dword ptr [rbp + 0x38], r11d
;;      96: 4c89f7                 mov rdi, r14
;;      99: 4c89f6                 mov rsi, r14
;;      9c: 8b55c0                 mov edx, dword ptr [rbp - 0x40]
;;      9f: 8b4db0                 mov ecx, dword ptr [rbp - 0x50]
;;      a2: 448b45a0               mov r8d, dword ptr [rbp - 0x60]
;;      a6: 448b4d90               mov r9d, dword ptr [rbp - 0x70]
;;      aa: 4889ec                 mov rsp, rbp
;;      ad: 5d                     pop rbp
;;      ae: e94dffffff             jmp 0
;;   @0021: (func $f (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;      b3: 0f0b                   ud2
