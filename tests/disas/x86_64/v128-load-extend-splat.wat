;; Extending, splatting and zeroing loads (bounds-checked through the guard region).
(module
  (memory 1)
  (func (export "load8x8_s") (param i32) (result v128) (v128.load8x8_s (local.get 0)))
  (func (export "load16_splat") (param i32) (result v128) (v128.load16_splat offset=2 (local.get 0)))
  (func (export "load32_zero") (param i32) (result v128) (v128.load32_zero (local.get 0)))
  (func (export "load64_zero") (param i32) (result v128) (v128.load64_zero (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8x8_s): kindling, x86_64-unknown-linux-gnu: 20 instructions, 101 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8233000000           jb 0x63
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @005d: v128.load8x8_s
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      4b: 4c01d3                 add rbx, r10
;;      4e: f2400f10842300000000   movsd xmm0, qword ptr [rbx + riz]
;;      58: 660f3820c0             pmovsxbw xmm0, xmm0
;;   @0061: end
;;      5d: 4889ec                 mov rsp, rbp
;;      60: 405d                   pop rbp
;;      62: c3                     ret
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;      63: 0f0b                   ud2
;; wasm[0]::function[1] (load16_splat): kindling, x86_64-unknown-linux-gnu: 22 instructions, 110 bytes
;;   @005a: (func (;0;) (type 0) (param i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823c000000           jb 0x6c
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0066: v128.load16_splat offset=2
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      4b: 4c01d3                 add rbx, r10
;;      4e: 400fb79c2302000000     movzx ebx, word ptr [rbx + riz + 2]
;;      57: 66400f6ec3             movd xmm0, ebx
;;      5c: 660f61c0               punpcklwd xmm0, xmm0
;;      60: 66400f70c000           pshufd xmm0, xmm0, 0
;;   @006a: end
;;      66: 4889ec                 mov rsp, rbp
;;      69: 405d                   pop rbp
;;      6b: c3                     ret
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;      6c: 0f0b                   ud2
;; wasm[0]::function[2] (load32_zero): kindling, x86_64-unknown-linux-gnu: 19 instructions, 96 bytes
;;   @0063: (func (;1;) (type 0) (param i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822e000000           jb 0x5e
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @006f: v128.load32_zero
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      4b: 4c01d3                 add rbx, r10
;;      4e: f3400f10842300000000   movss xmm0, dword ptr [rbx + riz]
;;   @0073: end
;;      58: 4889ec                 mov rsp, rbp
;;      5b: 405d                   pop rbp
;;      5d: c3                     ret
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;      5e: 0f0b                   ud2
;; wasm[0]::function[3] (load64_zero): kindling, x86_64-unknown-linux-gnu: 19 instructions, 96 bytes
;;   @006c: (func (;2;) (type 0) (param i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f822e000000           jb 0x5e
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0078: v128.load64_zero
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 4089db                 mov ebx, ebx
;;      43: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      4b: 4c01d3                 add rbx, r10
;;      4e: f2400f10842300000000   movsd xmm0, qword ptr [rbx + riz]
;;   @007c: end
;;      58: 4889ec                 mov rsp, rbp
;;      5b: 405d                   pop rbp
;;      5d: c3                     ret
;;   @0075: (func (;3;) (type 0) (param i32) (result v128)
;;      5e: 0f0b                   ud2
