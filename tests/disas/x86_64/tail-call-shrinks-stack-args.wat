;; A tail call passing fewer stack arguments than its caller received writes
;; them in place at the top of the incoming area and moves the return address
;; up to just below them.
(module
  (func $narrow (param i64 i64 i64 i64 i64 i64 i64) (result i64) local.get 6)
  (func (export "shrink") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $narrow (local.get 11) (local.get 10) (local.get 9) (local.get 8)
      (local.get 7) (local.get 6) (local.get 5))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (narrow): kindling, x86_64-unknown-linux-gnu: 18 instructions, 98 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8230000000           jb 0x60
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;      40: 4c898425d8ffffff       mov qword ptr [rbp + riz - 0x28], r8
;;      48: 4c898c25d0ffffff       mov qword ptr [rbp + riz - 0x30], r9
;;   @003e: end
;;      50: 488b842520000000       mov rax, qword ptr [rbp + riz + 0x20]
;;      58: 4889ec                 mov rsp, rbp
;;      5b: 405d                   pop rbp
;;      5d: c22000                 ret 0x20
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      60: 0f0b                   ud2
;; wasm[0]::function[1] (shrink): kindling, x86_64-unknown-linux-gnu: 46 instructions, 320 bytes
;;   @003b: (func $narrow (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ecc0000000         sub rsp, 0xc0
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f820e010000           jb 0x13e
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;      38: 48898c25e0ffffff       mov qword ptr [rbp + riz - 0x20], rcx
;;      40: 4c898425d8ffffff       mov qword ptr [rbp + riz - 0x28], r8
;;      48: 4c898c25d0ffffff       mov qword ptr [rbp + riz - 0x30], r9
;;   @004f: return_call $narrow
;;      50: 4c8b9c2548000000       mov r11, qword ptr [rbp + riz + 0x48]
;;      58: 4c899c25c0ffffff       mov qword ptr [rbp + riz - 0x40], r11
;;      60: 4c8b9c2540000000       mov r11, qword ptr [rbp + riz + 0x40]
;;      68: 4c899c25b0ffffff       mov qword ptr [rbp + riz - 0x50], r11
;;      70: 4c8b9c2538000000       mov r11, qword ptr [rbp + riz + 0x38]
;;      78: 4c899c25a0ffffff       mov qword ptr [rbp + riz - 0x60], r11
;;      80: 4c8b9c2530000000       mov r11, qword ptr [rbp + riz + 0x30]
;;      88: 4c899c2590ffffff       mov qword ptr [rbp + riz - 0x70], r11
;;      90: 4c8b9c2528000000       mov r11, qword ptr [rbp + riz + 0x28]
;;      98: 4c899c2580ffffff       mov qword ptr [rbp + riz - 0x80], r11
;;      a0: 4c8b9c2520000000       mov r11, qword ptr [rbp + riz + 0x20]
;;      a8: 4c899c2570ffffff       mov qword ptr [rbp + riz - 0x90], r11
;;      b0: 4c8b9c2518000000       mov r11, qword ptr [rbp + riz + 0x18]
;;      b8: 4c899c2560ffffff       mov qword ptr [rbp + riz - 0xa0], r11
;;      c0: 4c8b9c2580ffffff       mov r11, qword ptr [rbp + riz - 0x80]
;;      c8: 4c899c2530000000       mov qword ptr [rbp + riz + 0x30], r11
;;      d0: 4c8b9c2570ffffff       mov r11, qword ptr [rbp + riz - 0x90]
;;      d8: 4c899c2538000000       mov qword ptr [rbp + riz + 0x38], r11
;;      e0: 4c8b9c2560ffffff       mov r11, qword ptr [rbp + riz - 0xa0]
;;      e8: 4c899c2540000000       mov qword ptr [rbp + riz + 0x40], r11
;;      f0: 4c89f7                 mov rdi, r14
;;      f3: 4c89f6                 mov rsi, r14
;;      f6: 488b9425c0ffffff       mov rdx, qword ptr [rbp + riz - 0x40]
;;      fe: 488b8c25b0ffffff       mov rcx, qword ptr [rbp + riz - 0x50]
;;     106: 4c8b8425a0ffffff       mov r8, qword ptr [rbp + riz - 0x60]
;;     10e: 4c8b8c2590ffffff       mov r9, qword ptr [rbp + riz - 0x70]
;;     116: 4c8b9c2508000000       mov r11, qword ptr [rbp + riz + 8]
;;     11e: 488d842528000000       lea rax, [rbp + riz + 0x28]
;;     126: 488bac2500000000       mov rbp, qword ptr [rbp + riz]
;;     12e: 4c899c2000000000       mov qword ptr [rax + riz], r11
;;     136: 4889c4                 mov rsp, rax
;;     139: e952feffff             jmp 0xffffffffffffff90
;;   @0040: (func (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;     13e: 0f0b                   ud2
