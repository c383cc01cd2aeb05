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
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 54 instructions, 274 bytes
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f82da000000           jb 0x10a
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;   @003f: call_indirect (type $t)
;;      40: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      48: 458ba42650000000       mov r12d, dword ptr [r14 + riz + 0x50]
;;      50: 413bdc                 cmp ebx, r12d
;;      53: 0f83b3000000           jae 0x10c
;;      59: 4d8ba42648000000       mov r12, qword ptr [r14 + riz + 0x48]
;;      61: 4089db                 mov ebx, ebx
;;      64: 48c1e303               shl rbx, 3
;;      68: 4901dc                 add r12, rbx
;;      6b: 48c1eb03               shr rbx, 3
;;      6f: 4d8ba42400000000       mov r12, qword ptr [r12]
;;      77: 4d85e4                 test r12, r12
;;      7a: 0f8527000000           jne 0xa7
;;      80: 4c89f7                 mov rdi, r14
;;      83: 4089da                 mov edx, ebx
;;      86: 4031f6                 xor esi, esi
;;      89: 4d8b942638000000       mov r10, qword ptr [r14 + riz + 0x38]
;;      91: 4d8b942248000000       mov r10, qword ptr [r10 + riz + 0x48]
;;      99: 41ffd2                 call r10
;;      9c: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      a4: 4989c4                 mov r12, rax
;;      a7: 4981e4feffffff         and r12, 0xfffffffffffffffe
;;      ae: 4d85e4                 test r12, r12
;;      b1: 0f8457000000           je 0x10e
;;      b7: 498b9c2640000000       mov rbx, qword ptr [r14 + riz + 0x40]
;;      bf: 408b9c2300000000       mov ebx, dword ptr [rbx + riz]
;;      c7: 458b942418000000       mov r10d, dword ptr [r12 + 0x18]
;;      cf: 413bda                 cmp ebx, r10d
;;      d2: 0f8538000000           jne 0x110
;;      d8: 4c89f6                 mov rsi, r14
;;      db: 498bbc2420000000       mov rdi, qword ptr [r12 + 0x20]
;;      e3: 408b9425e8ffffff       mov edx, dword ptr [rbp + riz - 0x18]
;;      eb: 4d8b942410000000       mov r10, qword ptr [r12 + 0x10]
;;      f3: 41ffd2                 call r10
;;      f6: 4c8bb425f8ffffff       mov r14, qword ptr [rbp + riz - 8]
;;      fe: 4089c3                 mov ebx, eax
;;   @0042: end
;;     101: 4089d8                 mov eax, ebx
;;     104: 4889ec                 mov rsp, rbp
;;     107: 405d                   pop rbp
;;     109: c3                     ret
;;   @003a: (func (;1;) (type 1) (param i32 i32) (result i32)
;;     10a: 0f0b                   ud2
;;   @003f: call_indirect (type $t)
;;     10c: 0f0b                   ud2
;;     10e: 0f0b                   ud2
;;     110: 0f0b                   ud2
