;;! no-guard-pages
;; A bounds-checked store.
(module (memory 1) (func (export "f") (param i32 f64) local.get 0 local.get 1 f64.store))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 28 instructions, 92 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f823f000000           jb 0x5a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;      2c: 440f28c0               movaps xmm8, xmm0
;;   @0029: f64.store
;;      30: 410f28c0               movaps xmm0, xmm8
;;      34: 89de                   mov esi, ebx
;;      36: 4889f7                 mov rdi, rsi
;;      39: 4883c708               add rdi, 8
;;      3d: 4c01fe                 add rsi, r15
;;      40: 4d8b5658               mov r10, qword ptr [r14 + 0x58]
;;      44: 31c0                   xor eax, eax
;;      46: 4c39d7                 cmp rdi, r10
;;      49: 480f47f0               cmova rsi, rax
;;      4d: f20f1106               movsd qword ptr [rsi], xmm0
;;   @002c: end
;;      51: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      55: 4889ec                 mov rsp, rbp
;;      58: 5d                     pop rbp
;;      59: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32 f64)
;;      5a: 0f0b                   ud2
