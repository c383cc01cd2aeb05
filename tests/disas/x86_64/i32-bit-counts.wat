;; clz, ctz and popcnt.
(module (func (export "f") (param i32) (result i32) local.get 0 i32.clz local.get 0 i32.ctz i32.add local.get 0 i32.popcnt i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 23 instructions, 71 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8223000000           jb 0x45
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0022: i32.clz
;;      25: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      28: f30fbddb               lzcnt ebx, ebx
;;   @0025: i32.ctz
;;      2c: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      2f: f30fbcf6               tzcnt esi, esi
;;   @0026: i32.add
;;      33: 01f3                   add ebx, esi
;;   @0029: i32.popcnt
;;      35: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      38: f30fb8f6               popcnt esi, esi
;;   @002a: i32.add
;;      3c: 01f3                   add ebx, esi
;;   @002b: end
;;      3e: 89d8                   mov eax, ebx
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @001f: (func (;0;) (type 0) (param i32) (result i32)
;;      45: 0f0b                   ud2
