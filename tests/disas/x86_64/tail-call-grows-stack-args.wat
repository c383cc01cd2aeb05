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
;; wasm[0]::function[0] (wide): kindling, x86_64-unknown-linux-gnu: 18 instructions, 98 bytes
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
;;   @0034: end
;;      50: 488b842538000000       mov rax, qword ptr [rbp + riz + 0x38]
;;      58: 4889ec                 mov rsp, rbp
;;      5b: 405d                   pop rbp
;;      5d: c23000                 ret 0x30
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;      60: 0f0b                   ud2
;; wasm[0]::function[1] (grow): kindling, x86_64-unknown-linux-gnu: 36 instructions, 266 bytes
;;   @0031: (func $wide (;0;) (type 0) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ecf0000000         sub rsp, 0xf0
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82d8000000           jb 0x108
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;   @004b: return_call $wide
;;      38: 48c784240000000004000000 mov qword ptr [rsp], 4
;;      44: 48c784240800000005000000 mov qword ptr [rsp + 8], 5
;;      50: 48c784241000000006000000 mov qword ptr [rsp + 0x10], 6
;;      5c: 48c784241800000007000000 mov qword ptr [rsp + 0x18], 7
;;      68: 48c784242000000008000000 mov qword ptr [rsp + 0x20], 8
;;      74: 4c8b9c25e8ffffff       mov r11, qword ptr [rbp + riz - 0x18]
;;      7c: 4c899c2428000000       mov qword ptr [rsp + 0x28], r11
;;      84: 4c89f7                 mov rdi, r14
;;      87: 4c89f6                 mov rsi, r14
;;      8a: 488b9425e8ffffff       mov rdx, qword ptr [rbp + riz - 0x18]
;;      92: 40b901000000           mov ecx, 1
;;      98: 41b802000000           mov r8d, 2
;;      9e: 41b903000000           mov r9d, 3
;;      a4: 4c8b9c2508000000       mov r11, qword ptr [rbp + riz + 8]
;;      ac: 488d8425d8ffffff       lea rax, [rbp + riz - 0x28]
;;      b4: 488bac2500000000       mov rbp, qword ptr [rbp + riz]
;;      bc: f3440f6fbc2420000000   movdqu xmm15, xmmword ptr [rsp + 0x20]
;;      c6: f3440f7fbc2028000000   movdqu xmmword ptr [rax + riz + 0x28], xmm15
;;      d0: f3440f6fbc2410000000   movdqu xmm15, xmmword ptr [rsp + 0x10]
;;      da: f3440f7fbc2018000000   movdqu xmmword ptr [rax + riz + 0x18], xmm15
;;      e4: f3440f6fbc2400000000   movdqu xmm15, xmmword ptr [rsp]
;;      ee: f3440f7fbc2008000000   movdqu xmmword ptr [rax + riz + 8], xmm15
;;      f8: 4c899c2000000000       mov qword ptr [rax + riz], r11
;;     100: 4889c4                 mov rsp, rax
;;     103: e988feffff             jmp 0xffffffffffffff90
;;   @0036: (func (;1;) (type 1) (param i64) (result i64)
;;     108: 0f0b                   ud2
