;; Recursive factorial.
(module (func $fac (export "fac") (param i64) (result i64) local.get 0 i64.const 1 i64.le_u if (result i64) i64.const 1 else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ==== kindling disas ====
;; wasm[0]::function[0] (fac): kindling, x86_64-unknown-linux-gnu: 30 instructions, 107 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f824e000000           jb 0x69
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4889d3                 mov rbx, rdx
;;   @0027: if (result i64) ;; label = @1
;;      29: 4883fb01               cmp rbx, 1
;;      2d: 0f870a000000           ja 0x3d
;;   @002b: else
;;      33: be01000000             mov esi, 1
;;      38: e920000000             jmp 0x5d
;;   @0032: i64.sub
;;      3d: 4889de                 mov rsi, rbx
;;      40: 4883ee01               sub rsi, 1
;;   @0033: call $fac
;;      44: 4c89f7                 mov rdi, r14
;;      47: 4889f2                 mov rdx, rsi
;;      4a: 4c89f6                 mov rsi, r14
;;      4d: e8aeffffff             call 0
;;      52: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      56: 4889c6                 mov rsi, rax
;;   @0035: i64.mul
;;      59: 480faff3               imul rsi, rbx
;;   @0037: end
;;      5d: 4889f0                 mov rax, rsi
;;      60: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      64: 4889ec                 mov rsp, rbp
;;      67: 5d                     pop rbp
;;      68: c3                     ret
;;   @0021: (func $fac (;0;) (type 0) (param i64) (result i64)
;;      69: 0f0b                   ud2
