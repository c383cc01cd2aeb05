;; Signed lane comparisons: `>` directly, `<` swapped, `>=` and `!=` inverted.
(module
  (func (export "gt") (param v128 v128) (result v128) (i8x16.gt_s (local.get 0) (local.get 1)))
  (func (export "lt") (param v128 v128) (result v128) (i8x16.lt_s (local.get 0) (local.get 1)))
  (func (export "ge") (param v128 v128) (result v128) (i8x16.ge_s (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (i8x16.ne (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8220000000           jb 0x42
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0038: i8x16.gt_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660f64c8               pcmpgtb xmm1, xmm0
;;   @003a: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[1] (lt): kindling, x86_64-unknown-linux-gnu: 21 instructions, 76 bytes
;;   @0033: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8228000000           jb 0x4a
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0041: i8x16.lt_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 0f28c8                 movaps xmm1, xmm0
;;      3d: 66410f64cf             pcmpgtb xmm1, xmm15
;;   @0043: end
;;      42: 0f28c1                 movaps xmm0, xmm1
;;      45: 4889ec                 mov rsp, rbp
;;      48: 5d                     pop rbp
;;      49: c3                     ret
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      4a: 0f0b                   ud2
;; wasm[0]::function[2] (ge): kindling, x86_64-unknown-linux-gnu: 23 instructions, 87 bytes
;;   @003c: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8233000000           jb 0x55
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @004a: i8x16.ge_s
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f8               movaps xmm15, xmm0
;;      3a: 66440f64f9             pcmpgtb xmm15, xmm1
;;      3f: 66450f76f6             pcmpeqd xmm14, xmm14
;;      44: 410f28cf               movaps xmm1, xmm15
;;      48: 66410fefce             pxor xmm1, xmm14
;;   @004c: end
;;      4d: 0f28c1                 movaps xmm0, xmm1
;;      50: 4889ec                 mov rsp, rbp
;;      53: 5d                     pop rbp
;;      54: c3                     ret
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;      55: 0f0b                   ud2
;; wasm[0]::function[3] (ne): kindling, x86_64-unknown-linux-gnu: 23 instructions, 90 bytes
;;   @0045: (func (;2;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8236000000           jb 0x58
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0053: i8x16.ne
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660f74c8               pcmpeqb xmm1, xmm0
;;      3a: 49c7c3ffffffff         mov r11, 0xffffffffffffffff
;;      41: 66490f6ec3             movq xmm0, r11
;;      46: 66400f70c044           pshufd xmm0, xmm0, 0x44
;;      4c: 660fefc8               pxor xmm1, xmm0
;;   @0055: end
;;      50: 0f28c1                 movaps xmm0, xmm1
;;      53: 4889ec                 mov rsp, rbp
;;      56: 5d                     pop rbp
;;      57: c3                     ret
;;   @004e: (func (;3;) (type 0) (param v128 v128) (result v128)
;;      58: 0f0b                   ud2
