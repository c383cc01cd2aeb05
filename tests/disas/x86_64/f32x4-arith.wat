;; Float lane arithmetic: one instruction each; neg flips the sign bits.
(module
  (func (export "add") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1)))
  (func (export "div") (param v128 v128) (result v128) (f64x2.div (local.get 0) (local.get 1)))
  (func (export "sqrt") (param v128) (result v128) (f32x4.sqrt (local.get 0)))
  (func (export "neg") (param v128) (result v128) (f64x2.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add): kindling, x86_64-unknown-linux-gnu: 19 instructions, 63 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8222000000           jb 0x3d
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;      26: 440f28c9               movaps xmm9, xmm1
;;   @0042: f32x4.add
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 0f58c8                 addps xmm1, xmm0
;;   @0045: end
;;      35: 0f28c1                 movaps xmm0, xmm1
;;      38: 4889ec                 mov rsp, rbp
;;      3b: 5d                     pop rbp
;;      3c: c3                     ret
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      3d: 0f0b                   ud2
;; wasm[0]::function[1] (div): kindling, x86_64-unknown-linux-gnu: 19 instructions, 64 bytes
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @004c: f64x2.div
;;      2a: 410f28c1               movaps xmm0, xmm9
;;      2e: 410f28c8               movaps xmm1, xmm8
;;      32: 660f5ec8               divpd xmm1, xmm0
;;   @004f: end
;;      36: 0f28c1                 movaps xmm0, xmm1
;;      39: 4889ec                 mov rsp, rbp
;;      3c: 5d                     pop rbp
;;      3d: c3                     ret
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      3e: 0f0b                   ud2
;; wasm[0]::function[2] (sqrt): kindling, x86_64-unknown-linux-gnu: 16 instructions, 52 bytes
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8217000000           jb 0x32
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @0054: f32x4.sqrt
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 0f51c0                 sqrtps xmm0, xmm0
;;   @0057: end
;;      2d: 4889ec                 mov rsp, rbp
;;      30: 5d                     pop rbp
;;      31: c3                     ret
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;      32: 0f0b                   ud2
;; wasm[0]::function[3] (neg): kindling, x86_64-unknown-linux-gnu: 18 instructions, 65 bytes
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4c8b5f08               mov r11, qword ptr [rdi + 8]
;;       f: 4d8b1b                 mov r11, qword ptr [r11]
;;      12: 4c39dc                 cmp rsp, r11
;;      15: 0f8224000000           jb 0x3f
;;      1b: 4989fe                 mov r14, rdi
;;      1e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      22: 440f28c0               movaps xmm8, xmm0
;;   @005c: f64x2.neg
;;      26: 410f28c0               movaps xmm0, xmm8
;;      2a: 66450f76f6             pcmpeqd xmm14, xmm14
;;      2f: 66410f73f63f           psllq xmm14, 0x3f
;;      35: 66410fefc6             pxor xmm0, xmm14
;;   @005f: end
;;      3a: 4889ec                 mov rsp, rbp
;;      3d: 5d                     pop rbp
;;      3e: c3                     ret
;;   @0059: (func (;3;) (type 1) (param v128) (result v128)
;;      3f: 0f0b                   ud2
