;; call_indirect: table bounds, lazy funcref init, signature check.
(module (type $t (func (param i32) (result i32))) (table 2 funcref) (func $a (type $t) local.get 0) (elem (i32.const 0) $a) (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $t)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (a): kindling, x86_64-unknown-linux-gnu: 15 instructions, 47 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f820b000000           jb 0x2d
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0038: end
;;      25: 8b45e8                 mov eax, dword ptr [rbp - 0x18]
;;      28: 4889ec                 mov rsp, rbp
;;      2b: 5d                     pop rbp
;;      2c: c3                     ret
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;      2d: 0f0b                   ud2
;; wasm[0]::function[1] (f): kindling, x86_64-unknown-linux-gnu: 57 instructions, 193 bytes
;;   @0035: (func $a (;0;) (type $t) (param i32) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8297000000           jb 0xb9
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      25: 894de0                 mov dword ptr [rbp - 0x20], ecx
;;   @003f: call_indirect (type $t)
;;      28: 8b5de0                 mov ebx, dword ptr [rbp - 0x20]
;;      2b: 458b6650               mov r12d, dword ptr [r14 + 0x50]
;;      2f: 4439e3                 cmp ebx, r12d
;;      32: 0f8383000000           jae 0xbb
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
;;      7c: 4d85e4                 test r12, r12
;;      7f: 0f8438000000           je 0xbd
;;      85: 498b5e40               mov rbx, qword ptr [r14 + 0x40]
;;      89: 8b1b                   mov ebx, dword ptr [rbx]
;;      8b: 458b542418             mov r10d, dword ptr [r12 + 0x18]
;;      90: 4439d3                 cmp ebx, r10d
;;      93: 0f8526000000           jne 0xbf
;;      99: 4c89f6                 mov rsi, r14
;;      9c: 498b7c2420             mov rdi, qword ptr [r12 + 0x20]
;;      a1: 8b55e8                 mov edx, dword ptr [rbp - 0x18]
;;      a4: 4d8b542410             mov r10, qword ptr [r12 + 0x10]
;;      a9: 41ffd2                 call r10
;;      ac: 4c8b75f8               mov r14, qword ptr [rbp - 8]
;;      b0: 89c3                   mov ebx, eax
;;   @0042: end
;;      b2: 89d8                   mov eax, ebx
;;      b4: 4889ec                 mov rsp, rbp
;;      b7: 5d                     pop rbp
;;      b8: c3                     ret
;;   @003a: (func (;1;) (type 1) (param i32 i32) (result i32)
;;      b9: 0f0b                   ud2
;;   @003f: call_indirect (type $t)
;;      bb: 0f0b                   ud2
;;      bd: 0f0b                   ud2
;;      bf: 0f0b                   ud2
