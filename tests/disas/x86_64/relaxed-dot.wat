;; Relaxed 8-bit dot products.
(module
  (func (export "dot") (param v128 v128) (result v128) (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128) (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (dot): kindling, x86_64-unknown-linux-gnu: 21 instructions, 73 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f822c000000           jb 0x47
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0039: i16x8.relaxed_dot_i8x16_i7x16_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 440f28f9               movaps xmm15, xmm1
;;      36: 0f28c8                 movaps xmm1, xmm0
;;      39: 66410f3804cf           pmaddubsw xmm1, xmm15
;;   @003c: end
;;      3f: 0f28c1                 movaps xmm0, xmm1
;;      42: 4889ec                 mov rsp, rbp
;;      45: 5d                     pop rbp
;;      46: c3                     ret
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      47: 0f0b                   ud2
;; wasm[0]::function[1] (dot_add): kindling, x86_64-unknown-linux-gnu: 46 instructions, 128 bytes
;;   @0034: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec70000000         sub rsp, 0x70
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8247000000           jb 0x62
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;      2a: 440f28d2               movaps xmm10, xmm2
;;   @0045: i32x4.relaxed_dot_i8x16_i7x16_add_s
;;      2e: 410f28c2               movaps xmm0, xmm10
;;      32: 410f28c9               movaps xmm1, xmm9
;;      36: 410f28d0               movaps xmm2, xmm8
;;      3a: 440f28f1               movaps xmm14, xmm1
;;      3e: 66440f3804f2           pmaddubsw xmm14, xmm2
;;      44: f3440f6f3d23000000     movdqu xmm15, xmmword ptr [rip + 0x23]
;;      4d: 66450ff5f7             pmaddwd xmm14, xmm15
;;      52: 410f28d6               movaps xmm2, xmm14
;;      56: 660ffed0               paddd xmm2, xmm0
;;   @0048: end
;;      5a: 0f28c2                 movaps xmm0, xmm2
;;      5d: 4889ec                 mov rsp, rbp
;;      60: 5d                     pop rbp
;;      61: c3                     ret
;;   @003e: (func (;1;) (type 1) (param v128 v128 v128) (result v128)
;;      62: 0f0b                   ud2
;;      64: 90                     nop
;;      65: 90                     nop
;;      66: 90                     nop
;;      67: 90                     nop
;;      68: 90                     nop
;;      69: 90                     nop
;;      6a: 90                     nop
;;      6b: 90                     nop
;;      6c: 90                     nop
;;      6d: 90                     nop
;;      6e: 90                     nop
;;      6f: 90                     nop
;;      70: 0100                   add dword ptr [rax], eax
;;      72: 0100                   add dword ptr [rax], eax
;;      74: 0100                   add dword ptr [rax], eax
;;      76: 0100                   add dword ptr [rax], eax
;;      78: 0100                   add dword ptr [rax], eax
;;      7a: 0100                   add dword ptr [rax], eax
;;      7c: 0100                   add dword ptr [rax], eax
;;      7e: 0100                   add dword ptr [rax], eax
