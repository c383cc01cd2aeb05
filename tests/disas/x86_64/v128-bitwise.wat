;; The bitwise v128 operators; `andnot` is `a & !b`, `not` an xor with all ones.
(module
  (func (export "and") (param v128 v128) (result v128) (v128.and (local.get 0) (local.get 1)))
  (func (export "or") (param v128 v128) (result v128) (v128.or (local.get 0) (local.get 1)))
  (func (export "xor") (param v128 v128) (result v128) (v128.xor (local.get 0) (local.get 1)))
  (func (export "andnot") (param v128 v128) (result v128) (v128.andnot (local.get 0) (local.get 1)))
  (func (export "not") (param v128) (result v128) (v128.not (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (and): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821c000000           jb 0x3e
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @004a: v128.and
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660fdbc8               pand xmm1, xmm0
;;   @004c: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0045: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[1] (or): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @0045: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821c000000           jb 0x3e
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0053: v128.or
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660febc8               por xmm1, xmm0
;;   @0055: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @004e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[2] (xor): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @004e: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821c000000           jb 0x3e
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @005c: v128.xor
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660fefc8               pxor xmm1, xmm0
;;   @005e: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[3] (andnot): kindling, x86_64-unknown-linux-gnu: 21 instructions, 72 bytes
;;   @0057: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8224000000           jb 0x46
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0065: v128.andnot
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 0f28c8                 movaps xmm1, xmm0
;;      39: 66410fdfcf             pandn xmm1, xmm15
;;   @0067: end
;;      3e: 0f28c1                 movaps xmm0, xmm1
;;      41: 4889ec                 mov rsp, rbp
;;      44: 5d                     pop rbp
;;      45: c3                     ret
;;   @0060: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      46: 0f0b                   ud2
;; wasm[0]::function[4] (not): kindling, x86_64-unknown-linux-gnu: 19 instructions, 71 bytes
;;   @0060: (func (;3;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8223000000           jb 0x45
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @006c: v128.not
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 49c7c3ffffffff         mov r11, 0xffffffffffffffff
;;      31: 66490f6ecb             movq xmm1, r11
;;      36: 66400f70c944           pshufd xmm1, xmm1, 0x44
;;      3c: 660fefc1               pxor xmm0, xmm1
;;   @006e: end
;;      40: 4889ec                 mov rsp, rbp
;;      43: 5d                     pop rbp
;;      44: c3                     ret
;;   @0069: (func (;4;) (type 1) (param v128) (result v128)
;;      45: 0f0b                   ud2
