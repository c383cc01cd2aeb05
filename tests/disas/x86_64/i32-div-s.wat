;; i32.div_s: traps on zero and on INT_MIN / -1, out of line.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 30 instructions, 140 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8256000000           jb 0x86
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;   @0025: i32.div_s
;;      40: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      48: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      50: 4085db                 test ebx, ebx
;;      53: 0f842f000000           je 0x88
;;      59: 4081fbffffffff         cmp ebx, 0xffffffff
;;      60: 0f850d000000           jne 0x73
;;      66: 4081fe00000080         cmp esi, 0x80000000
;;      6d: 0f8417000000           je 0x8a
;;      73: 4089f0                 mov eax, esi
;;      76: 99                     cdq
;;      77: 40f7fb                 idiv ebx
;;      7a: 4089c6                 mov esi, eax
;;   @0026: end
;;      7d: 4089f0                 mov eax, esi
;;      80: 4889ec                 mov rsp, rbp
;;      83: 405d                   pop rbp
;;      85: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      86: 0f0b                   ud2
;;   @0025: i32.div_s
;;      88: 0f0b                   ud2
;;      8a: 0f0b                   ud2
