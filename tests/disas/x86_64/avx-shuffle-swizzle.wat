;;! set has_avx=true
;; With AVX (no AVX-512), a two-operand shuffle is two vpshufb and a por; swizzle is
;; vpaddusb then vpshufb.
(module
  (func (export "shuffle") (param v128 v128) (result v128)
    (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1)))
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1))))

;; ==== kindling disas ====
;; wasm[0]::function[0] (shuffle): kindling, x86_64-unknown-linux-gnu: 29 instructions, 143 bytes
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f826b000000           jb 0x8d
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @0036: i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 49bb0080018002800380   movabs r11, 0x8003800280018000
;;      40: 664d0f6ef3             movq xmm14, r11
;;      45: 49bb0480058006800780   movabs r11, 0x8007800680058004
;;      4f: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      56: c4427100fe             vpshufb xmm15, xmm1, xmm14
;;      5b: 49bb8000800180028003   movabs r11, 0x380028001800080
;;      65: 664d0f6ef3             movq xmm14, r11
;;      6a: 49bb8004800580068007   movabs r11, 0x780068005800480
;;      74: 664d0f3a22f301         pinsrq xmm14, r11, 1
;;      7b: c4c27900ce             vpshufb xmm1, xmm0, xmm14
;;      80: 66410febcf             por xmm1, xmm15
;;   @0048: end
;;      85: 0f28c1                 movaps xmm0, xmm1
;;      88: 4889ec                 mov rsp, rbp
;;      8b: 5d                     pop rbp
;;      8c: c3                     ret
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;      8d: 0f0b                   ud2
;; wasm[0]::function[1] (swizzle): kindling, x86_64-unknown-linux-gnu: 23 instructions, 91 bytes
;;   @0031: (func (;0;) (type 0) (param v128 v128) (result v128)
;;       0: 55                     push rbp
;;       1: 4889e5                 mov rbp, rsp
;;       4: 4881ec50000000         sub rsp, 0x50
;;       b: 4989fe                 mov r14, rdi
;;       e: 4c8975f8               mov qword ptr [rbp - 8], r14
;;      12: 4d8b5e08               mov r11, qword ptr [r14 + 8]
;;      16: 4d8b1b                 mov r11, qword ptr [r11]
;;      19: 4c39dc                 cmp rsp, r11
;;      1c: 0f8237000000           jb 0x59
;;      22: f30f7f45e0             movdqu xmmword ptr [rbp - 0x20], xmm0
;;      27: f30f7f4dd0             movdqu xmmword ptr [rbp - 0x30], xmm1
;;   @004f: i8x16.swizzle
;;      2c: f30f6f45d0             movdqu xmm0, xmmword ptr [rbp - 0x30]
;;      31: f30f6f4de0             movdqu xmm1, xmmword ptr [rbp - 0x20]
;;      36: 41bb70707070           mov r11d, 0x70707070
;;      3c: 66450f6ef3             movd xmm14, r11d
;;      41: 66450f70f600           pshufd xmm14, xmm14, 0
;;      47: 66440fdcf0             paddusb xmm14, xmm0
;;      4c: c4c27100ce             vpshufb xmm1, xmm1, xmm14
;;   @0051: end
;;      51: 0f28c1                 movaps xmm0, xmm1
;;      54: 4889ec                 mov rsp, rbp
;;      57: 5d                     pop rbp
;;      58: c3                     ret
;;   @004a: (func (;1;) (type 0) (param v128 v128) (result v128)
;;      59: 0f0b                   ud2
