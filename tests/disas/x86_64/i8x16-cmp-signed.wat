;; Signed lane comparisons: `>` directly, `<` swapped, `>=` and `!=` inverted.
(module
  (func (export "gt") (param v128 v128) (result v128) (i8x16.gt_s (local.get 0) (local.get 1)))
  (func (export "lt") (param v128 v128) (result v128) (i8x16.lt_s (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (i8x16.ge_s (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (i8x16.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
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
;;   @0038: i8x16.gt_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f64c8               pcmpgtb xmm1, xmm0
;;   @003a: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[1] (lt): kindling, x86_64-unknown-linux-gnu: 21 instructions, 72 bytes
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @0041: i8x16.lt_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 0f28c8                 movaps xmm1, xmm0
;;      39: 66410f64cf             pcmpgtb xmm1, xmm15
;;   @0043: end
;;      3e: 0f28c1                 movaps xmm0, xmm1
;;      41: 4889ec                 mov rsp, rbp
;;      44: 5d                     pop rbp
;;      45: c3                     ret
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      46: 0f0b                   ud2
;; wasm[0]::function[2] (ge): kindling, x86_64-unknown-linux-gnu: 23 instructions, 83 bytes
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8236000000           jb 0x51
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @004a: i8x16.ge_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f8               movaps xmm15, xmm0
;;      36: 66440f64f9             pcmpgtb xmm15, xmm1
;;      3b: 66450f76f6             pcmpeqd xmm14, xmm14
;;      40: 410f28cf               movaps xmm1, xmm15
;;      44: 66410fefce             pxor xmm1, xmm14
;;   @004c: end
;;      49: 0f28c1                 movaps xmm0, xmm1
;;      4c: 4889ec                 mov rsp, rbp
;;      4f: 5d                     pop rbp
;;      50: c3                     ret
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      51: 0f0b                   ud2
;; wasm[0]::function[3] (ne): kindling, x86_64-unknown-linux-gnu: 40 instructions, 96 bytes
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8230000000           jb 0x4b
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0053: i8x16.ne
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f74c8               pcmpeqb xmm1, xmm0
;;      36: f3400f6f0511000000     movdqu xmm0, xmmword ptr [rip + 0x11]
;;      3f: 660fefc8               pxor xmm1, xmm0
;;   @0055: end
;;      43: 0f28c1                 movaps xmm0, xmm1
;;      46: 4889ec                 mov rsp, rbp
;;      49: 5d                     pop rbp
;;      4a: c3                     ret
;;   @004e: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      4b: 0f0b                   ud2
;;      4d: 90                     nop
;;      4e: 90                     nop
;;      4f: 90                     nop
;;      50: ff                     .byte 0xff
;;      51: ff                     .byte 0xff
;;      52: ff                     .byte 0xff
;;      53: ff                     .byte 0xff
;;      54: ff                     .byte 0xff
;;      55: ff                     .byte 0xff
;;      56: ff                     .byte 0xff
;;      57: ff                     .byte 0xff
;;      58: ff                     .byte 0xff
;;      59: ff                     .byte 0xff
;;      5a: ff                     .byte 0xff
;;      5b: ff                     .byte 0xff
;;      5c: ff                     .byte 0xff
;;      5d: ff                     .byte 0xff
;;      5e: ff                     .byte 0xff
;;      5f: ff                     .byte 0xff
