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
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8223000000           jb 0x3e
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822b000000           jb 0x46
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
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
;; wasm[0]::function[4] (not): kindling, x86_64-unknown-linux-gnu: 35 instructions, 80 bytes
;;   @0060: (func (;3;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8221000000           jb 0x3c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @006c: v128.not
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: f3400f6f0d0d000000     movdqu xmm1, xmmword ptr [rip + 0xd]
;;      33: 660fefc1               pxor xmm0, xmm1
;;   @006e: end
;;      37: 4889ec                 mov rsp, rbp
;;      3a: 5d                     pop rbp
;;      3b: c3                     ret
;;   @0069: (func (;4;) (type 1) (param v128) (result v128)
;;      3c: 0f0b                   ud2
;;      3e: 90                     nop
;;      3f: 90                     nop
;;      40: ff                     .byte 0xff
;;      41: ff                     .byte 0xff
;;      42: ff                     .byte 0xff
;;      43: ff                     .byte 0xff
;;      44: ff                     .byte 0xff
;;      45: ff                     .byte 0xff
;;      46: ff                     .byte 0xff
;;      47: ff                     .byte 0xff
;;      48: ff                     .byte 0xff
;;      49: ff                     .byte 0xff
;;      4a: ff                     .byte 0xff
;;      4b: ff                     .byte 0xff
;;      4c: ff                     .byte 0xff
;;      4d: ff                     .byte 0xff
;;      4e: ff                     .byte 0xff
;;      4f: ff                     .byte 0xff
