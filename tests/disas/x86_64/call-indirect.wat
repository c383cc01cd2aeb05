;; call_indirect: table bounds, lazy funcref init, signature check.
(module (type $t (func (param i32) (result i32))) (table 2 funcref) (func $a (type $t) local.get 0) (elem (i32.const 0) $a) (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $t)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (a): kindling, x86_64-unknown-linux-gnu: 17 instructions, 53 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8218000000           jb 0x33
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0038: end
;;      28: 89d8                   mov eax, ebx
;;      2a: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      2e: 4889ec                 mov rsp, rbp
;;      31: 5d                     pop rbp
;;      32: c3                     ret
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;      33: 0f0b                   ud2
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 62 instructions, 204 bytes
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f82a9000000           jb 0xc4
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4189cc                 mov r12d, ecx
;;   @003f: call_indirect (type $t)
;;      2f: 4489e6                 mov esi, r12d
;;      32: 418b7e50               mov edi, dword ptr [r14 + 0x50]
;;      36: 39fe                   cmp esi, edi
;;      38: 0f8388000000           jae 0xc6
;;      3e: 31c0                   xor eax, eax
;;      40: 39fe                   cmp esi, edi
;;      42: 480f43f0               cmovae rsi, rax
;;      46: 498b7e48               mov rdi, qword ptr [r14 + 0x48]
;;      4a: 89f6                   mov esi, esi
;;      4c: 48c1e603               shl rsi, 3
;;      50: 4801f7                 add rdi, rsi
;;      53: 48c1ee03               shr rsi, 3
;;      57: 488b3f                 mov rdi, qword ptr [rdi]
;;      5a: 4885ff                 test rdi, rdi
;;      5d: 0f8519000000           jne 0x7c
;;      63: 4c89f7                 mov rdi, r14
;;      66: 89f2                   mov edx, esi
;;      68: 31f6                   xor esi, esi
;;      6a: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      6e: 4d8b5248               mov r10, qword ptr [r10 + 0x48]
;;      72: 41ffd2                 call r10
;;      75: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      79: 4889c7                 mov rdi, rax
;;      7c: 4883e7fe               and rdi, 0xfffffffffffffffe
;;      80: 4885ff                 test rdi, rdi
;;      83: 0f843f000000           je 0xc8
;;      89: 498b7640               mov rsi, qword ptr [r14 + 0x40]
;;      8d: 8b36                   mov esi, dword ptr [rsi]
;;      8f: 448b5718               mov r10d, dword ptr [rdi + 0x18]
;;      93: 4439d6                 cmp esi, r10d
;;      96: 0f852e000000           jne 0xca
;;      9c: 4989ff                 mov r15, rdi
;;      9f: 4c89f6                 mov rsi, r14
;;      a2: 89da                   mov edx, ebx
;;      a4: 498b7f20               mov rdi, qword ptr [r15 + 0x20]
;;      a8: 4d8b5710               mov r10, qword ptr [r15 + 0x10]
;;      ac: 41ffd2                 call r10
;;      af: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      b3: 89c6                   mov esi, eax
;;   @0042: end
;;      b5: 89f0                   mov eax, esi
;;      b7: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      bb: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      bf: 4889ec                 mov rsp, rbp
;;      c2: 5d                     pop rbp
;;      c3: c3                     ret
;;   @003a: (func (;1;) (type 1) (param i32 i32) (result i32)
;;      c4: 0f0b                   ud2
;;   @003f: call_indirect (type $t)
;;      c6: 0f0b                   ud2
;;      c8: 0f0b                   ud2
;;      ca: 0f0b                   ud2
