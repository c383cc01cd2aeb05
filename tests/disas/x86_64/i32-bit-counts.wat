;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 75 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822e000000           jb 0x49
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      26: 89d3                   mov ebx, edx
;;   @0022: i32.clz
;;      28: 89de                   mov esi, ebx
;;      2a: f30fbdf6               lzcnt esi, esi
;;   @0025: i32.ctz
;;      2e: 89df                   mov edi, ebx
;;      30: f30fbcff               tzcnt edi, edi
;;   @0026: i32.add
;;      34: 01fe                   add esi, edi
;;   @0029: i32.popcnt
;;      36: 89df                   mov edi, ebx
;;      38: f30fb8ff               popcnt edi, edi
;;   @002a: i32.add
;;      3c: 01fe                   add esi, edi
;;   @002b: end
;;      3e: 89f0                   mov eax, esi
;;      40: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      44: 4889ec                 mov rsp, rbp
;;      47: 5d                     pop rbp
;;      48: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      49: 0f0b                   ud2
