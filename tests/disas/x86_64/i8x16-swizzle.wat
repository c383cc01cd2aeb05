;; `i8x16.swizzle` (out-of-range indices give 0) and the relaxed swizzle.
(module
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))
  (func (export "relaxed") (param v128 v128) (result v128) (i8x16.relaxed_swizzle (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (swizzle): kindling, x86_64-unknown-linux-gnu: 23 instructions, 88 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8234000000           jb 0x56
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0036: i8x16.swizzle
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 41bb70707070           mov r11d, 0x70707070
;;      38: 66450f6ef3             movd xmm14, r11d
;;      3d: 66450f70f600           pshufd xmm14, xmm14, 0
;;      43: 66440fdcf0             paddusb xmm14, xmm0
;;      48: 66410f3800ce           pshufb xmm1, xmm14
;;   @0038: end
;;      4e: 0f28c1                 movaps xmm0, xmm1
;;      51: 4889ec                 mov rsp, rbp
;;      54: 5d                     pop rbp
;;      55: c3                     ret
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      56: 0f0b                   ud2
;; wasm[0]::function[1] (relaxed): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821d000000           jb 0x3f
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @003f: i8x16.relaxed_swizzle
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f3800c8             pshufb xmm1, xmm0
;;   @0042: end
;;      37: 0f28c1                 movaps xmm0, xmm1
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @003a: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      3f: 0f0b                   ud2
