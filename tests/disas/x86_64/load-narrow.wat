;; Narrow sign- and zero-extending loads.
(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load8_s local.get 0 i32.load16_u offset=2 i32.add))

;; ==== kindling disas ====
;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: 26 instructions, 132 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec40000000         sub rsp, 0x40
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8252000000           jb 0x82
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0027: i32.load8_s
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      4b: 4c01d3                 add rbx, r10
;;      4e: 400fbe9c2300000000     movsx ebx, byte ptr [rbx + riz]
;;   @002c: i32.load16_u offset=2
;;      57: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      5f: 4089f6                 mov esi, esi
;;      62: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      6a: 4c01d6                 add rsi, r10
;;      6d: 400fb7b42602000000     movzx esi, word ptr [rsi + riz + 2]
;;   @002f: i32.add
;;      76: 4001f3                 add ebx, esi
;;   @0030: end
;;      79: 4089d8                 mov eax, ebx
;;      7c: 4889ec                 mov rsp, rbp
;;      7f: 405d                   pop rbp
;;      81: c3                     ret
;;   @0024: (func (;0;) (type 0) (param i32) (result i32)
;;      82: 0f0b                   ud2
