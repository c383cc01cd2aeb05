;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 112 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823e000000           jb 0x6e
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0022: i32.clz
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: f3400fbddb             lzcnt ebx, ebx
;;   @0025: i32.ctz
;;      45: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      4d: f3400fbcf6             tzcnt esi, esi
;;   @0026: i32.add
;;      52: 4001f3                 add ebx, esi
;;   @0029: i32.popcnt
;;      55: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      5d: f3400fb8f6             popcnt esi, esi
;;   @002a: i32.add
;;      62: 4001f3                 add ebx, esi
;;   @002b: end
;;      65: 4089d8                 mov eax, ebx
;;      68: 4889ec                 mov rsp, rbp
;;      6b: 405d                   pop rbp
;;      6d: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      6e: 0f0b                   ud2
