;; The sign-extension operators.
(module (func (export "f") (param i32 i64) (result i64) local.get 0 i32.extend8_s i32.extend16_s i64.extend_i32_s local.get 1 i64.extend32_s i64.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 27 instructions, 86 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8239000000           jb 0x54
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4989cc                 mov r12, rcx
;;   @0023: i32.extend8_s
;;      2f: 89de                   mov esi, ebx
;;      31: 400fbef6               movsx esi, sil
;;   @0024: i32.extend16_s
;;      35: 0fbff6                 movsx esi, si
;;   @0025: i64.extend_i32_s
;;      38: 4863f6                 movsxd rsi, esi
;;   @0028: i64.extend32_s
;;      3b: 4c89e7                 mov rdi, r12
;;      3e: 4863ff                 movsxd rdi, edi
;;   @0029: i64.add
;;      41: 4801fe                 add rsi, rdi
;;   @002a: end
;;      44: 4889f0                 mov rax, rsi
;;      47: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      4b: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      4f: 4889ec                 mov rsp, rbp
;;      52: 5d                     pop rbp
;;      53: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i64) (result i64)
;;      54: 0f0b                   ud2
