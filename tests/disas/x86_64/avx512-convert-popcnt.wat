;;! set has_avx512f=true
;;! set has_avx512vl=true
;;! set has_avx512bitalg=true
;; AVX-512 without AVX's VEX forms: vcvtudq2ps for f32x4.convert_i32x4_u (VL, F) and
;; vpopcntb for i8x16.popcnt (VL, BITALG).
(module
  (func (export "convert_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "popcnt") (param v128) (result v128) (i8x16.popcnt (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (convert_u): kindling, x86_64-unknown-linux-gnu: 16 instructions, 82 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0034: f32x4.convert_i32x4_u
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 62f17f087ac0           vcvtudq2ps xmm0, xmm0
;;   @0037: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @0031: (func (;0;) (type 0) (param v128) (result v128)
;;      50: 0f0b                   ud2
;; wasm[0]::function[1] (popcnt): kindling, x86_64-unknown-linux-gnu: 16 instructions, 82 bytes
;;   @0031: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8220000000           jb 0x50
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @003c: i8x16.popcnt
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 62f27d0854c0           vpopcntb xmm0, xmm0
;;   @003e: end
;;      4a: 4889ec                 mov rsp, rbp
;;      4d: 405d                   pop rbp
;;      4f: c3                     ret
;;   @0039: (func (;1;) (type 0) (param v128) (result v128)
;;      50: 0f0b                   ud2
