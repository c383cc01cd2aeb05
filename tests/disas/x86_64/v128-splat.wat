;; Splats from general registers (x86_64: movd then unpack and pshufd; aarch64: dup).
(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, x86_64-unknown-linux-gnu: 19 instructions, 91 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8229000000           jb 0x59
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @003b: i8x16.splat
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 66400f6ec3             movd xmm0, ebx
;;      45: 660f60c0               punpcklbw xmm0, xmm0
;;      49: 660f61c0               punpcklwd xmm0, xmm0
;;      4d: 66400f70c000           pshufd xmm0, xmm0, 0
;;   @003d: end
;;      53: 4889ec                 mov rsp, rbp
;;      56: 405d                   pop rbp
;;      58: c3                     ret
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;      59: 0f0b                   ud2
;; wasm[0]::function[1] (i64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 81 bytes
;;   @0038: (func (;0;) (type 0) (param i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f821f000000           jb 0x4f
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;   @0042: i64x2.splat
;;      38: 488b9c25e8ffffff       mov rbx, qword ptr [rbp + riz - 0x18]
;;      40: 66480f6ec3             movq xmm0, rbx
;;      45: 660f6cc0               punpcklqdq xmm0, xmm0
;;   @0044: end
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 405d                   pop rbp
;;      4e: c3                     ret
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;      4f: 0f0b                   ud2
;; wasm[0]::function[2] (f32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 86 bytes
;;   @003f: (func (;1;) (type 1) (param i64) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8224000000           jb 0x54
;;      30: f3400f118425e8ffffff   movss dword ptr [rbp + riz - 0x18], xmm0
;;   @0049: f32x4.splat
;;      3a: f3400f108425e8ffffff   movss xmm0, dword ptr [rbp + riz - 0x18]
;;      44: 66400f70c800           pshufd xmm1, xmm0, 0
;;   @004b: end
;;      4a: 400f28c1               movaps xmm0, xmm1
;;      4e: 4889ec                 mov rsp, rbp
;;      51: 405d                   pop rbp
;;      53: c3                     ret
;;   @0046: (func (;2;) (type 2) (param f32) (result v128)
;;      54: 0f0b                   ud2
