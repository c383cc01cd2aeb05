;; Float lane arithmetic: one instruction each; neg flips the sign bits.
(module
  (func (export "add") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1)))
  (func (export "div") (param v128 v128) (result v128) (f64x2.div (local.get 0) (local.get 1)))
  (func (export "sqrt") (param v128) (result v128) (f32x4.sqrt (local.get 0)))
  (func (export "neg") (param v128) (result v128) (f64x2.neg (local.get 0))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (add): kindling, x86_64-unknown-linux-gnu: 19 instructions, 67 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821f000000           jb 0x41
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0042: f32x4.add
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 0f58c8                 addps xmm1, xmm0
;;   @0045: end
;;      39: 0f28c1                 movaps xmm0, xmm1
;;      3c: 4889ec                 mov rsp, rbp
;;      3f: 5d                     pop rbp
;;      40: c3                     ret
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      41: 0f0b                   ud2
;; wasm[0]::function[1] (div): kindling, x86_64-unknown-linux-gnu: 19 instructions, 68 bytes
;;   @003d: (func (;0;) (type 0) (param v128 v128) (result v128)
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
;;   @004c: f64x2.div
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 660f5ec8               divpd xmm1, xmm0
;;   @004f: end
;;      3a: 0f28c1                 movaps xmm0, xmm1
;;      3d: 4889ec                 mov rsp, rbp
;;      40: 5d                     pop rbp
;;      41: c3                     ret
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      42: 0f0b                   ud2
;; wasm[0]::function[2] (sqrt): kindling, x86_64-unknown-linux-gnu: 16 instructions, 54 bytes
;;   @0047: (func (;1;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8212000000           jb 0x34
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @0054: f32x4.sqrt
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 0f51c0                 sqrtps xmm0, xmm0
;;   @0057: end
;;      2f: 4889ec                 mov rsp, rbp
;;      32: 5d                     pop rbp
;;      33: c3                     ret
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;      34: 0f0b                   ud2
;; wasm[0]::function[3] (neg): kindling, x86_64-unknown-linux-gnu: 18 instructions, 67 bytes
;;   @0051: (func (;2;) (type 1) (param v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec30000000         sub rsp, 0x30
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f821f000000           jb 0x41
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;   @005c: f64x2.neg
;;      27: f30f6f45e0             movdqu xmm0, xmmword ptr [rbp - 0x20]
;;      2c: 66450f76f6             pcmpeqd xmm14, xmm14
;;      31: 66410f73f63f           psllq xmm14, 0x3f
;;      37: 66410fefc6             pxor xmm0, xmm14
;;   @005f: end
;;      3c: 4889ec                 mov rsp, rbp
;;      3f: 5d                     pop rbp
;;      40: c3                     ret
;;   @0059: (func (;3;) (type 1) (param v128) (result v128)
;;      41: 0f0b                   ud2
