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
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821c000000           jb 0x3e
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
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8224000000           jb 0x46
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
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822f000000           jb 0x51
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
;; wasm[0]::function[3] (ne): kindling, x86_64-unknown-linux-gnu: 23 instructions, 86 bytes
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8232000000           jb 0x54
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0053: i8x16.ne
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f74c8               pcmpeqb xmm1, xmm0
;;      36: 49c7c3ffffffff         mov r11, 0xffffffffffffffff
;;      3d: 66490f6ec3             movq xmm0, r11
;;      42: 66400f70c044           pshufd xmm0, xmm0, 0x44
;;      48: 660fefc8               pxor xmm1, xmm0
;;   @0055: end
;;      4c: 0f28c1                 movaps xmm0, xmm1
;;      4f: 4889ec                 mov rsp, rbp
;;      52: 5d                     pop rbp
;;      53: c3                     ret
;;   @004e: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      54: 0f0b                   ud2
