;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 59 instructions, 195 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f82a2000000           jb 0xbd
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 4c8965e0               mov qword ptr [rbp - 0x20], r12
;;      2a: 89d3                   mov ebx, edx
;;      2c: 4189cc                 mov r12d, ecx
;;   @002a: table.get 0
;;      2f: 4489e6                 mov esi, r12d
;;      32: 418b7e50               mov edi, dword ptr [r14 + 0x50]
;;      36: 39fe                   cmp esi, edi
;;      38: 0f8381000000           jae 0xbf
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
;;   @002c: table.set 0
;;      80: 89de                   mov esi, ebx
;;      82: 458b4650               mov r8d, dword ptr [r14 + 0x50]
;;      86: 4439c6                 cmp esi, r8d
;;      89: 0f8332000000           jae 0xc1
;;      8f: 31c0                   xor eax, eax
;;      91: 4439c6                 cmp esi, r8d
;;      94: 480f43f0               cmovae rsi, rax
;;      98: 4d8b4648               mov r8, qword ptr [r14 + 0x48]
;;      9c: 89f6                   mov esi, esi
;;      9e: 48c1e603               shl rsi, 3
;;      a2: 4901f0                 add r8, rsi
;;      a5: 48c1ee03               shr rsi, 3
;;      a9: 4883cf01               or rdi, 1
;;      ad: 498938                 mov qword ptr [r8], rdi
;;   @002e: end
;;      b0: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      b4: 4c8b65e0               mov r12, qword ptr [rbp - 0x20]
;;      b8: 4889ec                 mov rsp, rbp
;;      bb: 5d                     pop rbp
;;      bc: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;      bd: 0f0b                   ud2
;;   @002a: table.get 0
;;      bf: 0f0b                   ud2
;;   @002c: table.set 0
;;      c1: 0f0b                   ud2
