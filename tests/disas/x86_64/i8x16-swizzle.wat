;; `i8x16.swizzle` (out-of-range indices give 0) and the relaxed swizzle.
(module
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))
  (func (export "relaxed") (param v128 v128) (result v128) (i8x16.relaxed_swizzle (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (swizzle): kindling, x86_64-unknown-linux-gnu: 29 instructions, 96 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8233000000           jb 0x4e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0036: i8x16.swizzle
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: f3440f6f3515000000     movdqu xmm14, xmmword ptr [rip + 0x15]
;;      3b: 66440fdcf0             paddusb xmm14, xmm0
;;      40: 66410f3800ce           pshufb xmm1, xmm14
;;   @0038: end
;;      46: 0f28c1                 movaps xmm0, xmm1
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 5d                     pop rbp
;;      4d: c3                     ret
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      4e: 0f0b                   ud2
;;      50: 7070                   jo 0xc2
;;      52: 7070                   jo 0xc4
;;      54: 7070                   jo 0xc6
;;      56: 7070                   jo 0xc8
;;      58: 7070                   jo 0xca
;;      5a: 7070                   jo 0xcc
;;      5c: 7070                   jo 0xce
;;      5e: 7070                   jo 0xd0
;; wasm[0]::function[1] (relaxed): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8224000000           jb 0x3f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
