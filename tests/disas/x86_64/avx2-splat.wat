;;! set has_avx=true
;;! set has_avx2=true
;; With AVX2, splats are movd/movq then vpbroadcastb/w/d/q, and f32x4.splat of an xmm
;; value is vbroadcastss, as Cranelift's use_avx2 splats.
(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i16") (param i32) (result v128) (i16x8.splat (local.get 0)))
  (func (export "i32") (param i32) (result v128) (i32x4.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (i8): kindling, x86_64-unknown-linux-gnu: 17 instructions, 82 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0049: i8x16.splat
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 66400f6ec3             movd xmm0, ebx
;;      45: c4e27978c0             vpbroadcastb xmm0, xmm0
;;   @004b: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @0046: (func (;0;) (type 0) (param i32) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[1] (i16): kindling, x86_64-unknown-linux-gnu: 17 instructions, 82 bytes
;;   @0046: (func (;0;) (type 0) (param i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0050: i16x8.splat
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 66400f6ec3             movd xmm0, ebx
;;      45: c4e27979c0             vpbroadcastw xmm0, xmm0
;;   @0052: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @004d: (func (;1;) (type 0) (param i32) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[2] (i32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 82 bytes
;;   @004d: (func (;1;) (type 0) (param i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: 40899425e8ffffff       mov dword ptr [rbp + riz - 0x18], edx
;;   @0057: i32x4.splat
;;      38: 408b9c25e8ffffff       mov ebx, dword ptr [rbp + riz - 0x18]
;;      40: 66400f6ec3             movd xmm0, ebx
;;      45: c4e27958c0             vpbroadcastd xmm0, xmm0
;;   @0059: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @0054: (func (;2;) (type 0) (param i32) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[3] (i64): kindling, x86_64-unknown-linux-gnu: 17 instructions, 82 bytes
;;   @0054: (func (;2;) (type 0) (param i32) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: 48899425e8ffffff       mov qword ptr [rbp + riz - 0x18], rdx
;;   @005e: i64x2.splat
;;      38: 488b9c25e8ffffff       mov rbx, qword ptr [rbp + riz - 0x18]
;;      40: 66480f6ec3             movq xmm0, rbx
;;      45: c4e27959c0             vpbroadcastq xmm0, xmm0
;;   @0060: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @005b: (func (;3;) (type 1) (param i64) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[4] (f32): kindling, x86_64-unknown-linux-gnu: 17 instructions, 85 bytes
;;   @005b: (func (;3;) (type 1) (param i64) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8223000000           jb 0x53
;;      30: f3400f118425e8ffffff   movss dword ptr [rbp + riz - 0x18], xmm0
;;   @0065: f32x4.splat
;;      3a: f3400f108425e8ffffff   movss xmm0, dword ptr [rbp + riz - 0x18]
;;      44: c4e27918c8             vbroadcastss xmm1, xmm0
;;   @0067: end
;;      49: 400f28c1               movaps xmm0, xmm1
;;      4d: 4889ec                 mov rsp, rbp
;;      50: 405d                   pop rbp
;;      52: c3                     ret
;;   @0062: (func (;4;) (type 2) (param f32) (result v128)
;;      53: 0f0b                   ud2
