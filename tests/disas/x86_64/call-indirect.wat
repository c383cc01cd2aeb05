;; call_indirect: table bounds, lazy funcref init, signature check.
(module (type $t (func (param i32) (result i32))) (table 2 funcref) (func $a (type $t) local.get 0) (elem (i32.const 0) $a) (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $t)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (a): kindling, x86_64-unknown-linux-gnu: 15 instructions, 72 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8216000000           jb 0x46
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0038: end
;;      38: 408b8425e8ffffff       mov eax, dword ptr [rbp + riz - 0x18]
;;      40: 4889ec                 mov rsp, rbp
;;      43: 405d                   pop rbp
;;      45: c3                     ret
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;      46: 0f0b                   ud2
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 57 instructions, 284 bytes
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82e4000000           jb 0x114
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;   @003f: call_indirect (type $t)
;;      40: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      48: 458ba42650000000       mov r12d, dword ptr [r14 + riz + 0x50]
;;      50: 413bdc                 cmp ebx, r12d
;;      53: 0f83bd000000           jae 0x116
;;      59: 4031c0                 xor eax, eax
;;      5c: 413bdc                 cmp ebx, r12d
;;      5f: 480f43d8               cmovae rbx, rax
;;      63: 4d8ba42648000000       mov r12, qword ptr [r14 + riz + 0x48]
;;      6b: 4089db                 mov ebx, ebx
;;      6e: 48c1e303               shl rbx, 3
;;      72: 4901dc                 add r12, rbx
;;      75: 48c1eb03               shr rbx, 3
;;      79: 4d8ba42400000000       mov r12, qword ptr [r12]
;;      81: 4d85e4                 test r12, r12
;;      84: 0f8527000000           jne 0xb1
;;      8a: 4c89f7                 mov rdi, r14
;;      8d: 4089da                 mov edx, ebx
;;      90: 4031f6                 xor esi, esi
;;      93: 4d8b942638000000       mov r10, qword ptr [r14 + riz + 0x38]
;;      9b: 4d8b942248000000       mov r10, qword ptr [r10 + riz + 0x48]
;;      a3: 41ffd2                 call r10
;;      a6: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      ae: 4989c4                 mov r12, rax
;;      b1: 4981e4feffffff         and r12, 0xfffffffffffffffe
;;      b8: 4d85e4                 test r12, r12
;;      bb: 0f8457000000           je 0x118
;;      c1: 498b9c2640000000       mov rbx, qword ptr [r14 + riz + 0x40]
;;      c9: 408b9c2300000000       mov ebx, dword ptr [rbx + riz]
;;      d1: 458b942418000000       mov r10d, dword ptr [r12 + 0x18]
;;      d9: 413bda                 cmp ebx, r10d
;;      dc: 0f8538000000           jne 0x11a
;;      e2: 4c89f6                 mov rsi, r14
;;      e5: 498bbc2420000000       mov rdi, qword ptr [r12 + 0x20]
;;      ed: 408b9425e8ffffff       mov edx, dword ptr [rbp + riz - 0x18]
;;      f5: 4d8b942410000000       mov r10, qword ptr [r12 + 0x10]
;;      fd: 41ffd2                 call r10
;;     100: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;     108: 4089c3                 mov ebx, eax
;;   @0042: end
;;     10b: 4089d8                 mov eax, ebx
;;     10e: 4889ec                 mov rsp, rbp
;;     111: 405d                   pop rbp
;;     113: c3                     ret
;;   @003a: (func (;1;) (type 1) (param i32 i32) (result i32)
;;     114: 0f0b                   ud2
;;   @003f: call_indirect (type $t)
;;     116: 0f0b                   ud2
;;     118: 0f0b                   ud2
;;     11a: 0f0b                   ud2
