;; v128.const: zero by xor, otherwise each 64-bit half through a general register.
(module
  (func (export "zero") (result v128) (v128.const i64x2 0 0))
  (func (export "low") (result v128) (v128.const i64x2 0x1234 0))
  (func (export "both") (result v128) (v128.const i32x4 1 2 3 4)))

;; ==== kindling disas ====
;; wasm[0]::function[0] (zero): kindling, x86_64-unknown-linux-gnu: 14 instructions, 60 bytes
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec20000000         sub rsp, 0x20
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f820a000000           jb 0x3a
;;   @0031: v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
;;      30: 660fefc0               pxor xmm0, xmm0
;;   @0043: end
;;      34: 4889ec                 mov rsp, rbp
;;      37: 405d                   pop rbp
;;      39: c3                     ret
;;   @0030: (func (;0;) (type 0) (result v128)
;;      3a: 0f0b                   ud2
;; wasm[0]::function[1] (low): kindling, x86_64-unknown-linux-gnu: 15 instructions, 67 bytes
;;   @0030: (func (;0;) (type 0) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec20000000         sub rsp, 0x20
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8211000000           jb 0x41
;;   @0046: v128.const i32x4 0x00001234 0x00000000 0x00000000 0x00000000
;;      30: 41bb34120000           mov r11d, 0x1234
;;      36: 66490f6ec3             movq xmm0, r11
;;   @0058: end
;;      3b: 4889ec                 mov rsp, rbp
;;      3e: 405d                   pop rbp
;;      40: c3                     ret
;;   @0045: (func (;1;) (type 0) (result v128)
;;      41: 0f0b                   ud2
;; wasm[0]::function[2] (both): kindling, x86_64-unknown-linux-gnu: 17 instructions, 88 bytes
;;   @0045: (func (;1;) (type 0) (result v128)
;;       0: 4055                   push rbp
;;       2: 4889e5                 mov rbp, rsp
;;       5: 4881ec20000000         sub rsp, 0x20
;;       c: 4989fe                 mov r14, rdi
;;       f: 4c89b425f8ffffff       mov qword ptr [rbp + riz - 8], r14
;;      17: 4d8b9c2608000000       mov r11, qword ptr [r14 + riz + 8]
;;      1f: 4d8b9c2300000000       mov r11, qword ptr [r11 + riz]
;;      27: 493be3                 cmp rsp, r11
;;      2a: 0f8226000000           jb 0x56
;;   @005b: v128.const i32x4 0x00000001 0x00000002 0x00000003 0x00000004
;;      30: 49bb0100000002000000   movabs r11, 0x200000001
;;      3a: 66490f6ec3             movq xmm0, r11
;;      3f: 49bb0300000004000000   movabs r11, 0x400000003
;;      49: 66490f3a22c301         pinsrq xmm0, r11, 1
;;   @006d: end
;;      50: 4889ec                 mov rsp, rbp
;;      53: 405d                   pop rbp
;;      55: c3                     ret
;;   @005a: (func (;2;) (type 0) (result v128)
;;      56: 0f0b                   ud2
