;; Float lane comparisons: false on NaN lanes, except `ne`, which is an inverted `eq`.
(module
  (func (export "lt") (param v128 v128) (result v128) (f32x4.lt (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (f64x2.ge (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (f32x4.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (lt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
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
;;   @0032: f32x4.lt
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 400fc2c801             cmpltps xmm1, xmm0
;;   @0034: end
;;      37: 0f28c1                 movaps xmm0, xmm1
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      3f: 0f0b                   ud2
;; wasm[0]::function[1] (ge): kindling, x86_64-unknown-linux-gnu: 21 instructions, 74 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822d000000           jb 0x48
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @003b: f64x2.ge
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f8               movaps xmm15, xmm0
;;      36: 66440fc2f902           cmplepd xmm15, xmm1
;;      3c: 410f28cf               movaps xmm1, xmm15
;;   @003d: end
;;      40: 0f28c1                 movaps xmm0, xmm1
;;      43: 4889ec                 mov rsp, rbp
;;      46: 5d                     pop rbp
;;      47: c3                     ret
;;   @0036: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      48: 0f0b                   ud2
;; wasm[0]::function[2] (ne): kindling, x86_64-unknown-linux-gnu: 39 instructions, 96 bytes
;;   @0036: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8231000000           jb 0x4c
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0044: f32x4.ne
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 400fc2c800             cmpeqps xmm1, xmm0
;;      37: f3400f6f0510000000     movdqu xmm0, xmmword ptr [rip + 0x10]
;;      40: 660fefc8               pxor xmm1, xmm0
;;   @0046: end
;;      44: 0f28c1                 movaps xmm0, xmm1
;;      47: 4889ec                 mov rsp, rbp
;;      4a: 5d                     pop rbp
;;      4b: c3                     ret
;;   @003f: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      4c: 0f0b                   ud2
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
