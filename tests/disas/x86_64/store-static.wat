;; A store with a static offset.
(module (memory 1) (func (export "f") (param i32 i64) local.get 0 local.get 1 i64.store offset=16))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 21 instructions, 68 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f821c000000           jb 0x42
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;      29: 48894de0               mov qword ptr [rbp - 0x20], rcx
;;   @0029: i64.store offset=16
;;      2d: 488b5de0               mov rbx, qword ptr [rbp - 0x20]
;;      31: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      34: 89f6                   mov esi, esi
;;      36: 4c01fe                 add rsi, r15
;;      39: 48895e10               mov qword ptr [rsi + 0x10], rbx
;;   @002c: end
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32 i64)
;;      42: 0f0b                   ud2
