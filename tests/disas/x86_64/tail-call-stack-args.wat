;; A tail call with stack arguments writes them over the caller's incoming
;; ones (which it first copies to value-stack slots when it reads them), then
;; tears the frame down and jumps.
(module
  (func $f (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (return_call $f (local.get 9) (local.get 8) (local.get 7) (local.get 6) (local.get 5)
      (local.get 4) (local.get 3) (local.get 2) (local.get 1) (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 47 instructions, 322 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec00010000         sub rsp, 0x100
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8210010000           jb 0x140
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;      40: 44898425d8ffffff       mov dword ptr [rbp + riz - 0x28], r8d
;;      48: 44898c25d0ffffff       mov dword ptr [rbp + riz - 0x30], r9d
;;   @0036: return_call $f
;;      50: 448b9c2538000000       mov r11d, dword ptr [rbp + riz + 0x38]
;;      58: 44899c25c0ffffff       mov dword ptr [rbp + riz - 0x40], r11d
;;      60: 448b9c2530000000       mov r11d, dword ptr [rbp + riz + 0x30]
;;      68: 44899c25b0ffffff       mov dword ptr [rbp + riz - 0x50], r11d
;;      70: 448b9c2528000000       mov r11d, dword ptr [rbp + riz + 0x28]
;;      78: 44899c25a0ffffff       mov dword ptr [rbp + riz - 0x60], r11d
;;      80: 448b9c2520000000       mov r11d, dword ptr [rbp + riz + 0x20]
;;      88: 44899c2590ffffff       mov dword ptr [rbp + riz - 0x70], r11d
;;      90: 448b9c2518000000       mov r11d, dword ptr [rbp + riz + 0x18]
;;      98: 44899c2580ffffff       mov dword ptr [rbp + riz - 0x80], r11d
;;      a0: 448b9c2510000000       mov r11d, dword ptr [rbp + riz + 0x10]
;;      a8: 44899c2570ffffff       mov dword ptr [rbp + riz - 0x90], r11d
;;      b0: 448b9c2580ffffff       mov r11d, dword ptr [rbp + riz - 0x80]
;;      b8: 44899c2510000000       mov dword ptr [rbp + riz + 0x10], r11d
;;      c0: 448b9c2570ffffff       mov r11d, dword ptr [rbp + riz - 0x90]
;;      c8: 44899c2518000000       mov dword ptr [rbp + riz + 0x18], r11d
;;      d0: 448b9c25d0ffffff       mov r11d, dword ptr [rbp + riz - 0x30]
;;      d8: 44899c2520000000       mov dword ptr [rbp + riz + 0x20], r11d
;;      e0: 448b9c25d8ffffff       mov r11d, dword ptr [rbp + riz - 0x28]
;;      e8: 44899c2528000000       mov dword ptr [rbp + riz + 0x28], r11d
;;      f0: 448b9c25e0ffffff       mov r11d, dword ptr [rbp + riz - 0x20]
;;      f8: 44899c2530000000       mov dword ptr [rbp + riz + 0x30], r11d
;;     100: 448b9c25e8ffffff       mov r11d, dword ptr [rbp + riz - 0x18]
;;     108: 44899c2538000000       mov dword ptr [rbp + riz + 0x38], r11d
;;     110: 4c89f7                 mov rdi, r14
;;     113: 4c89f6                 mov rsi, r14
;;     116: 408b9425c0ffffff       mov edx, dword ptr [rbp + riz - 0x40]
;;     11e: 408b8c25b0ffffff       mov ecx, dword ptr [rbp + riz - 0x50]
;;     126: 448b8425a0ffffff       mov r8d, dword ptr [rbp + riz - 0x60]
;;     12e: 448b8c2590ffffff       mov r9d, dword ptr [rbp + riz - 0x70]
;;     136: 4889ec                 mov rsp, rbp
;;     139: 405d                   pop rbp
;;     13b: e9c0feffff             jmp 0
;;   @0021: (func $f (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
;;     140: 0f0b                   ud2
