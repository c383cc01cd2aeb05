;; `q15mulr_sat_s` (0x8000 * 0x8000 saturates) and its relaxed form.
(module
  (func (export "sat") (param v128 v128) (result v128) (i16x8.q15mulr_sat_s (local.get 0) (local.get 1)))
  (func (export "relaxed") (param v128 v128) (result v128) (i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (sat): kindling, x86_64-unknown-linux-gnu: 38 instructions, 112 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8237000000           jb 0x52
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0032: i16x8.q15mulr_sat_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f380bc8             pmulhrsw xmm1, xmm0
;;      37: f3440f6f3d20000000     movdqu xmm15, xmmword ptr [rip + 0x20]
;;      40: 66440f75f9             pcmpeqw xmm15, xmm1
;;      45: 66410fefcf             pxor xmm1, xmm15
;;   @0035: end
;;      4a: 0f28c1                 movaps xmm0, xmm1
;;      4d: 4889ec                 mov rsp, rbp
;;      50: 5d                     pop rbp
;;      51: c3                     ret
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      52: 0f0b                   ud2
;;      54: 90                     nop
;;      55: 90                     nop
;;      56: 90                     nop
;;      57: 90                     nop
;;      58: 90                     nop
;;      59: 90                     nop
;;      5a: 90                     nop
;;      5b: 90                     nop
;;      5c: 90                     nop
;;      5d: 90                     nop
;;      5e: 90                     nop
;;      5f: 90                     nop
;;      60: 008000800080           add byte ptr [rax - 0x7fff8000], al
;;      66: 008000800080           add byte ptr [rax - 0x7fff8000], al
;;      6c: 00                     .byte 0x00
;;      6d: 800080                 add byte ptr [rax], 0x80
;; wasm[0]::function[1] (relaxed): kindling, x86_64-unknown-linux-gnu: 19 instructions, 65 bytes
;;   @002d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @003c: i16x8.relaxed_q15mulr_s
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f380bc8             pmulhrsw xmm1, xmm0
;;   @003f: end
;;      37: 0f28c1                 movaps xmm0, xmm1
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @0037: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      3f: 0f0b                   ud2
