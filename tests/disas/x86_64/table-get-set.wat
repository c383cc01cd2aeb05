;; table.get and table.set on a funcref table.
(module (table 4 funcref) (func (export "f") (param i32 i32) local.get 0 local.get 1 table.get table.set))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 55 instructions, 182 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f828e000000           jb 0xb0
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;   @002a: table.get 0
;;      28: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      2b: 458b6650               mov r12d, dword ptr [r14 + 0x50]
;;      2f: 4439e3                 cmp ebx, r12d
;;      32: 0f837a000000           jae 0xb2
;;      38: 31c0                   xor eax, eax
;;      3a: 4439e3                 cmp ebx, r12d
;;      3d: 480f43d8               cmovae rbx, rax
;;      41: 4d8b6648               mov r12, qword ptr [r14 + 0x48]
;;      45: 89db                   mov ebx, ebx
;;      47: 48c1e303               shl rbx, 3
;;      4b: 4901dc                 add r12, rbx
;;      4e: 48c1eb03               shr rbx, 3
;;      52: 4d8b2424               mov r12, qword ptr [r12]
;;      56: 4d85e4                 test r12, r12
;;      59: 0f8519000000           jne 0x78
;;      5f: 4c89f7                 mov rdi, r14
;;      62: 89da                   mov edx, ebx
;;      64: 31f6                   xor esi, esi
;;      66: 4d8b5638               mov r10, qword ptr [r14 + 0x38]
;;      6a: 4d8b5248               mov r10, qword ptr [r10 + 0x48]
;;      6e: 41ffd2                 call r10
;;      71: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      75: 4989c4                 mov r12, rax
;;      78: 4983e4fe               and r12, 0xfffffffffffffffe
;;   @002c: table.set 0
;;      7c: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      7f: 418b7650               mov esi, dword ptr [r14 + 0x50]
;;      83: 39f3                   cmp ebx, esi
;;      85: 0f8329000000           jae 0xb4
;;      8b: 31c0                   xor eax, eax
;;      8d: 39f3                   cmp ebx, esi
;;      8f: 480f43d8               cmovae rbx, rax
;;      93: 498b7648               mov rsi, qword ptr [r14 + 0x48]
;;      97: 89db                   mov ebx, ebx
;;      99: 48c1e303               shl rbx, 3
;;      9d: 4801de                 add rsi, rbx
;;      a0: 48c1eb03               shr rbx, 3
;;      a4: 4983cc01               or r12, 1
;;      a8: 4c8926                 mov qword ptr [rsi], r12
;;   @002e: end
;;      ab: 4889ec                 mov rsp, rbp
;;      ae: 5d                     pop rbp
;;      af: c3                     ret
;;   @0025: (func (;0;) (type 0) (param i32 i32)
;;      b0: 0f0b                   ud2
;;   @002a: table.get 0
;;      b2: 0f0b                   ud2
;;   @002c: table.set 0
;;      b4: 0f0b                   ud2
