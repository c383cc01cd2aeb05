;; Lane loads and stores, composed from a scalar access and a lane move.
(module
  (memory 1)
  (func (export "load8_lane") (param i32 v128) (result v128) (v128.load8_lane 9 (local.get 0) (local.get 1)))
  (func (export "load64_lane") (param i32 v128) (result v128) (v128.load64_lane 1 (local.get 0) (local.get 1)))
  (func (export "store16_lane") (param i32 v128) (v128.store16_lane 3 (local.get 0) (local.get 1)))
  (func (export "store32_lane") (param i32 v128) (v128.store32_lane 2 (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (load8_lane): kindling, x86_64-unknown-linux-gnu: 22 instructions, 122 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8248000000           jb 0x78
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: f3400f7f8425d8ffffff   movdqu xmmword ptr [rbp + riz - 0x28], xmm0
;;   @0067: v128.load8_lane 9
;;      42: f3400f6f8425d8ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x28]
;;      4c: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      54: 4089db                 mov ebx, ebx
;;      57: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      5f: 4c01d3                 add rbx, r10
;;      62: 400fb69c2300000000     movzx ebx, byte ptr [rbx + riz]
;;      6b: 66400f3a20c309         pinsrb xmm0, ebx, 9
;;   @006c: end
;;      72: 4889ec                 mov rsp, rbp
;;      75: 405d                   pop rbp
;;      77: c3                     ret
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;      78: 0f0b                   ud2
;; wasm[0]::function[1] (load64_lane): kindling, x86_64-unknown-linux-gnu: 22 instructions, 121 bytes
;;   @0062: (func (;0;) (type 0) (param i32 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8247000000           jb 0x77
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: f3400f7f8425d8ffffff   movdqu xmmword ptr [rbp + riz - 0x28], xmm0
;;   @0073: v128.load64_lane 1
;;      42: f3400f6f8425d8ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x28]
;;      4c: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      54: 4089db                 mov ebx, ebx
;;      57: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      5f: 4c01d3                 add rbx, r10
;;      62: 488b9c2300000000       mov rbx, qword ptr [rbx + riz]
;;      6a: 66480f3a22c301         pinsrq xmm0, rbx, 1
;;   @0078: end
;;      71: 4889ec                 mov rsp, rbp
;;      74: 405d                   pop rbp
;;      76: c3                     ret
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;      77: 0f0b                   ud2
;; wasm[0]::function[2] (store16_lane): kindling, x86_64-unknown-linux-gnu: 22 instructions, 121 bytes
;;   @006e: (func (;1;) (type 0) (param i32 v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8247000000           jb 0x77
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: f3400f7f8425d8ffffff   movdqu xmmword ptr [rbp + riz - 0x28], xmm0
;;   @007f: v128.store16_lane 3
;;      42: f3400f6f8425d8ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x28]
;;      4c: 66400fc5d803           pextrw ebx, xmm0, 3
;;      52: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      5a: 4089f6                 mov esi, esi
;;      5d: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      65: 4c01d6                 add rsi, r10
;;      68: 6640899c2600000000     mov word ptr [rsi + riz], bx
;;   @0084: end
;;      71: 4889ec                 mov rsp, rbp
;;      74: 405d                   pop rbp
;;      76: c3                     ret
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;      77: 0f0b                   ud2
;; wasm[0]::function[3] (store32_lane): kindling, x86_64-unknown-linux-gnu: 23 instructions, 125 bytes
;;   @007a: (func (;2;) (type 1) (param i32 v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec50000000         sub rsp, 0x50
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f824b000000           jb 0x7b
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;      38: f3400f7f8425d8ffffff   movdqu xmmword ptr [rbp + riz - 0x28], xmm0
;;   @008b: v128.store32_lane 2
;;      42: f3400f6f8425d8ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x28]
;;      4c: 66440f70f802           pshufd xmm15, xmm0, 2
;;      52: 66440f7efb             movd ebx, xmm15
;;      57: 408bb425e8ffffff       mov esi, dword ptr [rbp + riz - 0x18]
;;      5f: 4089f6                 mov esi, esi
;;      62: 4d8b942650000000       mov r10, qword ptr [r14 + riz + 0x50]
;;      6a: 4c01d6                 add rsi, r10
;;      6d: 40899c2600000000       mov dword ptr [rsi + riz], ebx
;;   @0090: end
;;      75: 4889ec                 mov rsp, rbp
;;      78: 405d                   pop rbp
;;      7a: c3                     ret
;;   @0086: (func (;3;) (type 1) (param i32 v128)
;;      7b: 0f0b                   ud2
