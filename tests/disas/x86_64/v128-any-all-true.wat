;; `v128.any_true` and `all_true` in each lane size.
(module
  (func (export "any") (param v128) (result i32) (v128.any_true (local.get 0)))
  (func (export "all8") (param v128) (result i32) (i8x16.all_true (local.get 0)))
  (func (export "all32") (param v128) (result i32) (i32x4.all_true (local.get 0)))
  (func (export "all64") (param v128) (result i32) (i64x2.all_true (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (any): kindling, x86_64-unknown-linux-gnu: 22 instructions, 108 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f823a000000           jb 0x6a
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @003e: v128.any_true
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450fefff             pxor xmm15, xmm15
;;      49: 66440f74f8             pcmpeqb xmm15, xmm0
;;      4e: 66410fd7df             pmovmskb ebx, xmm15
;;      53: 4081fbffff0000         cmp ebx, 0xffff
;;      5a: 0f95c3                 setne bl
;;      5d: 400fb6db               movzx ebx, bl
;;   @0040: end
;;      61: 4089d8                 mov eax, ebx
;;      64: 4889ec                 mov rsp, rbp
;;      67: 405d                   pop rbp
;;      69: c3                     ret
;;   @003b: (func (;0;) (type 0) (param v128) (result i32)
;;      6a: 0f0b                   ud2
;; wasm[0]::function[1] (all8): kindling, x86_64-unknown-linux-gnu: 22 instructions, 104 bytes
;;   @003b: (func (;0;) (type 0) (param v128) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8236000000           jb 0x66
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0045: i8x16.all_true
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450fefff             pxor xmm15, xmm15
;;      49: 66440f74f8             pcmpeqb xmm15, xmm0
;;      4e: 66410fd7df             pmovmskb ebx, xmm15
;;      53: 4085db                 test ebx, ebx
;;      56: 0f94c3                 sete bl
;;      59: 400fb6db               movzx ebx, bl
;;   @0047: end
;;      5d: 4089d8                 mov eax, ebx
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @0042: (func (;1;) (type 0) (param v128) (result i32)
;;      66: 0f0b                   ud2
;; wasm[0]::function[2] (all32): kindling, x86_64-unknown-linux-gnu: 22 instructions, 104 bytes
;;   @0042: (func (;1;) (type 0) (param v128) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8236000000           jb 0x66
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @004c: i32x4.all_true
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450fefff             pxor xmm15, xmm15
;;      49: 66440f76f8             pcmpeqd xmm15, xmm0
;;      4e: 66410fd7df             pmovmskb ebx, xmm15
;;      53: 4085db                 test ebx, ebx
;;      56: 0f94c3                 sete bl
;;      59: 400fb6db               movzx ebx, bl
;;   @004f: end
;;      5d: 4089d8                 mov eax, ebx
;;      60: 4889ec                 mov rsp, rbp
;;      63: 405d                   pop rbp
;;      65: c3                     ret
;;   @0049: (func (;2;) (type 0) (param v128) (result i32)
;;      66: 0f0b                   ud2
;; wasm[0]::function[3] (all64): kindling, x86_64-unknown-linux-gnu: 22 instructions, 105 bytes
;;   @0049: (func (;2;) (type 0) (param v128) (result i32)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8237000000           jb 0x67
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0054: i64x2.all_true
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66450fefff             pxor xmm15, xmm15
;;      49: 66440f3829f8           pcmpeqq xmm15, xmm0
;;      4f: 66410fd7df             pmovmskb ebx, xmm15
;;      54: 4085db                 test ebx, ebx
;;      57: 0f94c3                 sete bl
;;      5a: 400fb6db               movzx ebx, bl
;;   @0057: end
;;      5e: 4089d8                 mov eax, ebx
;;      61: 4889ec                 mov rsp, rbp
;;      64: 405d                   pop rbp
;;      66: c3                     ret
;;   @0051: (func (;3;) (type 0) (param v128) (result i32)
;;      67: 0f0b                   ud2
