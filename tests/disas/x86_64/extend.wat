;; Lane extension of the low and high halves.
(module
  (func (export "low_s") (param v128) (result v128) (i16x8.extend_low_i8x16_s (local.get 0)))
  (func (export "high_u") (param v128) (result v128) (i32x4.extend_high_i16x8_u (local.get 0)))
  (func (export "low64_s") (param v128) (result v128) (i64x2.extend_low_i32x4_s (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (low_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 81 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f821f000000           jb 0x4f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @003b: i16x8.extend_low_i8x16_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f3820c0             pmovsxbw xmm0, xmm0
;;   @003e: end
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 405d                   pop rbp
;;      4e: c3                     ret
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
;;      4f: 0f0b                   ud2
;; wasm[0]::function[1] (high_u): kindling, x86_64-unknown-linux-gnu: 17 instructions, 87 bytes
;;   @0038: (func (;0;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8225000000           jb 0x55
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @0043: i32x4.extend_high_i16x8_u
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 66400f70c0ee           pshufd xmm0, xmm0, 0xee
;;      4a: 660f3833c0             pmovzxwd xmm0, xmm0
;;   @0046: end
;;      4f: 4889ec                 mov rsp, rbp
;;      52: 405d                   pop rbp
;;      54: c3                     ret
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
;;      55: 0f0b                   ud2
;; wasm[0]::function[2] (low64_s): kindling, x86_64-unknown-linux-gnu: 16 instructions, 81 bytes
;;   @0040: (func (;1;) (type 0) (param v128) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec30000000         sub rsp, 0x30
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f821f000000           jb 0x4f
;;      30: f3400f7f8425e0ffffff   movdqu xmmword ptr [rbp + riz - 0x20], xmm0
;;   @004b: i64x2.extend_low_i32x4_s
;;      3a: f3400f6f8425e0ffffff   movdqu xmm0, xmmword ptr [rbp + riz - 0x20]
;;      44: 660f3825c0             pmovsxdq xmm0, xmm0
;;   @004e: end
;;      49: 4889ec                 mov rsp, rbp
;;      4c: 405d                   pop rbp
;;      4e: c3                     ret
;;   @0048: (func (;2;) (type 0) (param v128) (result v128)
;;      4f: 0f0b                   ud2
