;; Narrow sign- and zero-extending loads.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load8_s local.get 0 i32.load16_u offset=2 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 79 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822b000000           jb 0x4d
;;      22: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0027: i32.load8_s
;;      25: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      28: 89db                   mov ebx, ebx
;;      2a: 4d8b5650               mov r10, qword ptr [r14 + 0x50]
;;      2e: 4c01d3                 add rbx, r10
;;      31: 0fbe1b                 movsx ebx, byte ptr [rbx]
;;   @002c: i32.load16_u offset=2
;;      34: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      37: 89f6                   mov esi, esi
;;      39: 4d8b5650               mov r10, qword ptr [r14 + 0x50]
;;      3d: 4c01d6                 add rsi, r10
;;      40: 0fb77602               movzx esi, word ptr [rsi + 2]
;;   @002f: i32.add
;;      44: 01f3                   add ebx, esi
;;   @0030: end
;;      46: 89d8                   mov eax, ebx
;;      48: 4889ec                 mov rsp, rbp
;;      4b: 5d                     pop rbp
;;      4c: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      4d: 0f0b                   ud2
