;; Shifts by a register (through cl) and by an immediate.
(module (func (export "f") (param i32 i32) (result i32) local.get 0 local.get 1 i32.shl i32.const 3 i32.shr_u local.get 1 i32.shr_s))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 24 instructions, 115 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8241000000           jb 0x71
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: 40898c25e0ffffff       mov dword ptr [rbp + riz - 0x20], ecx
;;   @0025: i32.shl
;;      40: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      48: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      50: 4089d9                 mov ecx, ebx
;;      53: 40d3e6                 shl esi, cl
;;   @0028: i32.shr_u
;;      56: 40c1ee03               shr esi, 3
;;   @002b: i32.shr_s
;;      5a: 408b9c25e0ffffff       mov ebx, dword ptr [rbp + riz - 0x20]
;;      62: 4089d9                 mov ecx, ebx
;;      65: 40d3fe                 sar esi, cl
;;   @002c: end
;;      68: 4089f0                 mov eax, esi
;;      6b: 4889ec                 mov rsp, rbp
;;      6e: 405d                   pop rbp
;;      70: c3                     ret
;;   @0020: (func (;0;) (type 0) (param i32 i32) (result i32)
;;      71: 0f0b                   ud2
