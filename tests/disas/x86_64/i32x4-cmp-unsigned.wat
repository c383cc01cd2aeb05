;; Unsigned 32-bit lane comparisons (x86_64: SSE4.1's pmaxud/pminud, then pcmpeqd).
(module
  (func (export "gt_u") (param v128 v128) (result v128) (i32x4.gt_u (local.get 0) (local.get 1)))
  (func (export "le_u") (param v128 v128) (result v128) (i32x4.le_u (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (gt_u): kindling, x86_64-unknown-linux-gnu: 24 instructions, 93 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8239000000           jb 0x5b
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0030: i32x4.gt_u
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f9               movaps xmm15, xmm1
;;      3a: 66440f383bf8           pminud xmm15, xmm0
;;      40: 66440f76f9             pcmpeqd xmm15, xmm1
;;      45: 66450f76f6             pcmpeqd xmm14, xmm14
;;      4a: 410f28cf               movaps xmm1, xmm15
;;      4e: 66410fefce             pxor xmm1, xmm14
;;   @0032: end
;;      53: 0f28c1                 movaps xmm0, xmm1
;;      56: 4889ec                 mov rsp, rbp
;;      59: 5d                     pop rbp
;;      5a: c3                     ret
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      5b: 0f0b                   ud2
;; wasm[0]::function[1] (le_u): kindling, x86_64-unknown-linux-gnu: 22 instructions, 82 bytes
;;   @002b: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f822e000000           jb 0x50
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0039: i32x4.le_u
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 440f28f8               movaps xmm15, xmm0
;;      3a: 66440f383ff9           pmaxud xmm15, xmm1
;;      40: 0f28c8                 movaps xmm1, xmm0
;;      43: 66410f76cf             pcmpeqd xmm1, xmm15
;;   @003b: end
;;      48: 0f28c1                 movaps xmm0, xmm1
;;      4b: 4889ec                 mov rsp, rbp
;;      4e: 5d                     pop rbp
;;      4f: c3                     ret
;;   @0034: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      50: 0f0b                   ud2
