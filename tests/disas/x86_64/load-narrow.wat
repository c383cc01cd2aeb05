;; Narrow sign- and zero-extending loads.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load8_s local.get 0 i32.load16_u offset=2 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 75 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      16: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      1a: 4d8b1b                 mov r11, qword ptr [r11]
;;      1d: 4c39dc                 cmp rsp, r11
;;      20: 0f8223000000           jb 0x49
;;      26: 8955e8                 mov dword ptr [rbp - 0x18], edx
;;   @0027: i32.load8_s
;;      29: 8b5de8                 mov ebx, dword ptr [rbp - 0x18]
;;      2c: 89db                   mov ebx, ebx
;;      2e: 4c01fb                 add rbx, r15
;;      31: 0fbe1b                 movsx ebx, byte ptr [rbx]
;;   @002c: i32.load16_u offset=2
;;      34: 8b75e8                 mov esi, dword ptr [rbp - 0x18]
;;      37: 89f6                   mov esi, esi
;;      39: 4c01fe                 add rsi, r15
;;      3c: 0fb77602               movzx esi, word ptr [rsi + 2]
;;   @002f: i32.add
;;      40: 01f3                   add ebx, esi
;;   @0030: end
;;      42: 89d8                   mov eax, ebx
;;      44: 4889ec                 mov rsp, rbp
;;      47: 5d                     pop rbp
;;      48: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      49: 0f0b                   ud2
