;; `v128.any_true` and `all_true` in each lane size.
(module
  (func (export "any") (param v128) (result i32) (v128.any_true (local.get 0)))
  (func (export "all8") (param v128) (result i32) (i8x16.all_true (local.get 0)))
  (func (export "all32") (param v128) (result i32) (i32x4.all_true (local.get 0)))
  (func (export "all64") (param v128) (result i32) (i64x2.all_true (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (any): kindling, x86_64-unknown-linux-gnu: 22 instructions, 80 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8233000000           jb 0x4e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @003e: v128.any_true
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450fefff             pxor xmm15, xmm15
;;      2f: 66440f74f8             pcmpeqb xmm15, xmm0
;;      34: 66410fd7f7             pmovmskb esi, xmm15
;;      39: 81feffff0000           cmp esi, 0xffff
;;      3f: 400f95c6               setne sil
;;      43: 400fb6f6               movzx esi, sil
;;   @0040: end
;;      47: 89f0                   mov eax, esi
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 5d                     pop rbp
;;      4d: c3                     ret
;;   @003b: (func (;0;) (type 0) (param v128) (result i32)
;;      4e: 0f0b                   ud2
;; wasm[0]::function[1] (all8): kindling, x86_64-unknown-linux-gnu: 22 instructions, 76 bytes
;;   @003b: (func (;0;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822f000000           jb 0x4a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0045: i8x16.all_true
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450fefff             pxor xmm15, xmm15
;;      2f: 66440f74f8             pcmpeqb xmm15, xmm0
;;      34: 66410fd7f7             pmovmskb esi, xmm15
;;      39: 85f6                   test esi, esi
;;      3b: 400f94c6               sete sil
;;      3f: 400fb6f6               movzx esi, sil
;;   @0047: end
;;      43: 89f0                   mov eax, esi
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0042: (func (;1;) (type 0) (param v128) (result i32)
;;      4a: 0f0b                   ud2
;; wasm[0]::function[2] (all32): kindling, x86_64-unknown-linux-gnu: 22 instructions, 76 bytes
;;   @0042: (func (;1;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822f000000           jb 0x4a
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @004c: i32x4.all_true
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450fefff             pxor xmm15, xmm15
;;      2f: 66440f76f8             pcmpeqd xmm15, xmm0
;;      34: 66410fd7f7             pmovmskb esi, xmm15
;;      39: 85f6                   test esi, esi
;;      3b: 400f94c6               sete sil
;;      3f: 400fb6f6               movzx esi, sil
;;   @004f: end
;;      43: 89f0                   mov eax, esi
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @0049: (func (;2;) (type 0) (param v128) (result i32)
;;      4a: 0f0b                   ud2
;; wasm[0]::function[3] (all64): kindling, x86_64-unknown-linux-gnu: 22 instructions, 77 bytes
;;   @0049: (func (;2;) (type 0) (param v128) (result i32)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8230000000           jb 0x4b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0054: i64x2.all_true
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450fefff             pxor xmm15, xmm15
;;      2f: 66440f3829f8           pcmpeqq xmm15, xmm0
;;      35: 66410fd7f7             pmovmskb esi, xmm15
;;      3a: 85f6                   test esi, esi
;;      3c: 400f94c6               sete sil
;;      40: 400fb6f6               movzx esi, sil
;;   @0057: end
;;      44: 89f0                   mov eax, esi
;;      46: 4889ec                 mov rsp, rbp
;;      49: 5d                     pop rbp
;;      4a: c3                     ret
;;   @0051: (func (;3;) (type 0) (param v128) (result i32)
;;      4b: 0f0b                   ud2
