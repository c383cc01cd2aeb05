;; Narrow sign- and zero-extending loads.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load8_s local.get 0 i32.load16_u offset=2 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 25 instructions, 76 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec40000000         sub rsp, 0x40
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822f000000           jb 0x4a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 4d8b7e50               mov r15, qword ptr [r14 + 0x50]
;;      26: 48895de8               mov qword ptr [rbp - 0x18], rbx
;;      2a: 89d3                   mov ebx, edx
;;   @0027: i32.load8_s
;;      2c: 89de                   mov esi, ebx
;;      2e: 4c01fe                 add rsi, r15
;;      31: 0fbe36                 movsx esi, byte ptr [rsi]
;;   @002c: i32.load16_u offset=2
;;      34: 89df                   mov edi, ebx
;;      36: 4c01ff                 add rdi, r15
;;      39: 0fb77f02               movzx edi, word ptr [rdi + 2]
;;   @002f: i32.add
;;      3d: 01fe                   add esi, edi
;;   @0030: end
;;      3f: 89f0                   mov eax, esi
;;      41: 488b5de8               mov rbx, qword ptr [rbp - 0x18]
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      4a: 0f0b                   ud2
